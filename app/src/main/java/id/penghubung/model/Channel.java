package id.penghubung.model;

/** The channel a report came in through. */
public enum Channel {
    WEBSITE,
    SMS_1708,
    TWITTER,
    MOBILE_APP,
    INTEGRATED,
    WHATSAPP,
    /** A channel this version does not know yet, kept as received ({@link Complaint#channelName()}). */
    OTHER
}
