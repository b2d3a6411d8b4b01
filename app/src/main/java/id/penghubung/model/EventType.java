package id.penghubung.model;

/** A step in a report's chronology. */
public enum EventType {
    SUBMITTED,
    VERIFIED,
    DISPOSED,
    DISPOSED_TO_UNIT,
    RESPONDED,
    INFO_REQUESTED,
    REPORTER_REPLIED,
    NOT_AUTHORIZED,
    REDIRECTED,
    COMPLETED,
    ARCHIVED,
    NOTE,
    // --- R4 ---
    UNIT_REPLIED,
    UNIT_REMINDED,
    UNIT_WITHDRAWN,
    /** An event type this version does not know yet; the event keeps the name it arrived with ({@link Event#typeName()}). */
    OTHER
}
