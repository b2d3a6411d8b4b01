package id.penghubung.model.calendar;

/** Why a holiday table offered for import is refused (see {@link HolidayTableReview}). */
public enum TableProblem {
    EMPTY,
    /** The same date, kind and name twice. */
    DUPLICATE,
    YEAR_OUT_OF_RANGE,
    /** A year of the calendar in force is missing from the new table. */
    YEAR_DROPPED,
    /** A year gets fewer days off than in the calendar in force. */
    YEAR_SHRINKS;

    /** Whether accepting fewer days off lets this one through. */
    public boolean fewerDays() {
        return this == YEAR_DROPPED || this == YEAR_SHRINKS;
    }
}
