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
    // --- R5 ---
    /** The LAPOR! admin holds the report (tunda), the text is the reason. */
    HELD,
    /** The admin lifts a hold. */
    RESUMED,
    /** A reporter's reply after "Selesai" reopened the report (by the SYSTEM, right after the REPORTER_REPLIED). */
    REOPENED,
    /** The officer set the completion tier; the text is the tier's code ({@link CompletionTier}). */
    TIER_SET,
    /** The officer extended a Permintaan Informasi once (UU 14/2008), the text is the reason. */
    EXTENDED,
    // --- r7 ---
    /** Linked to another complaint; the text is {@code "<LinkRelation> <trackingId>"} ({@link ComplaintLink}). */
    LINKED,
    /** A link ended; the text names the relation and the tracking ID it ended. */
    UNLINKED,
    // --- h2 ---
    /** A public answer submitted for approval (internal); the text is the draft, {@link Event#review()} its type. */
    REVIEW_SUBMITTED,
    /** The approver approved a submission (internal); the answer itself follows as its own event. */
    REVIEW_APPROVED,
    /** The approver returned a submission to its author with notes (internal); the text is the notes. */
    REVIEW_RETURNED,
    /** An event type this version does not know yet; the event keeps the name it arrived with ({@link Event#typeName()}). */
    OTHER
}
