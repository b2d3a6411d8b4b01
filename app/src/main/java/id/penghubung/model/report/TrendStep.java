package id.penghubung.model.report;

/** How a trend is cut: weeks (Monday to Sunday, in the counting zone) or calendar months. */
public enum TrendStep {
    WEEK,
    MONTH
}
