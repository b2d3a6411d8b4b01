package id.penghubung.model.report;

/** What a period is, read from its dates: the periodic report's title says monthly, quarterly or yearly. */
public enum PeriodKind {
    MONTHLY,
    QUARTERLY,
    YEARLY,
    /** Any other span of days. */
    CUSTOM
}
