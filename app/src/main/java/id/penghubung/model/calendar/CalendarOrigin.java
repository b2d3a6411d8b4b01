package id.penghubung.model.calendar;

/** Where the holiday table in force came from. */
public enum CalendarOrigin {
    /** Shipped with the application. */
    BUNDLED,
    /** Published by the server in its reference data. */
    SERVER,
    /** Loaded on this computer by office IT. */
    IMPORTED
}
