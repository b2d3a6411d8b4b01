package id.penghubung.model.report;

/**
 * Groups of similar volume, ranked among themselves (as India's grievance index groups ministries):
 * a small office is not ranked against a province's busiest agency. Fixed thresholds on the number
 * received, scaled to a year so that a month's report and a year's put the same institution in the
 * same group: A at {@value #A_PER_YEAR} or more a year, B from {@value #B_PER_YEAR}, C below. Fixed
 * rather than terciles: terciles move when one institution joins or a quiet month passes, and need
 * three or more rows; a fixed line can be read on the page and checked by hand.
 */
public enum VolumeGroup {
    A,
    B,
    C;

    /** Received per year at or above which an institution is in group A. */
    public static final int A_PER_YEAR = 1000;
    /** Received per year at or above which (and below A) an institution is in group B. */
    public static final int B_PER_YEAR = 100;

    /**
     * The group of {@code received} complaints over {@code period}: a whole month, quarter or year
     * is scaled by months (x12, x4, x1, so a leap year changes nothing), any other span by days (x365/days).
     */
    public static VolumeGroup of(long received, ReportPeriod period) {
        double perYear = switch (period.kind()) {
            case MONTHLY -> received * 12.0;
            case QUARTERLY -> received * 4.0;
            case YEARLY -> received;
            case CUSTOM -> received * 365.0 / period.days();
        };
        if (perYear >= A_PER_YEAR) {
            return A;
        }
        return perYear >= B_PER_YEAR ? B : C;
    }
}
