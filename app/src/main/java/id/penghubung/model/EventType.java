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
    // --- r7 ---
    /** Linked to another complaint; the text is {@code "<LinkRelation> <trackingId>"} ({@link ComplaintLink}). */
    LINKED,
    /** A link ended; the text names the relation and the tracking ID it ended. */
    UNLINKED,
    /** An event type this version does not know yet; the event keeps the name it arrived with ({@link Event#typeName()}). */
    OTHER
}
