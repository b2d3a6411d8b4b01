package id.penghubung.model.sla;

/** How a deadline's days are counted. */
public enum DayCounting {
    /** Hari kerja: Monday-Friday minus holidays and cuti bersama. */
    WORKING_DAYS,
    /** Every calendar day. */
    CALENDAR_DAYS
}
