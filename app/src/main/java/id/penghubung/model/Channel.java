package id.penghubung.model;

/** The channel a report came in through. */
public enum Channel {
    WEBSITE,
    SMS_1708,
    TWITTER,
    MOBILE_APP,
    INTEGRATED,
    WHATSAPP,
    // --- R3 ---
    /** Received by telephone (the agency's own hotline or a desk phone) and entered by the officer. */
    PHONE,
    /** Received by letter and entered by the officer. */
    LETTER,
    /** Received at the counter (tatap muka) and entered by the officer. */
    IN_PERSON,
    /** A channel this version does not know yet, kept as received ({@link Complaint#channelName()}). */
    OTHER
}
