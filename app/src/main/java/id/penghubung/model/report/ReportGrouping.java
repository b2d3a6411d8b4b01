package id.penghubung.model.report;

import java.util.Locale;

/**
 * What a report's rows are: institutions (the Ombudsman's ranking), or an agency's internal units,
 * categories or regencies (the officer's). The wire name is the CLI's {@code --by} value.
 */
public enum ReportGrouping {
    INSTITUTION,
    UNIT,
    CATEGORY,
    REGENCY;

    /** {@code institution}, {@code unit}, {@code category}, {@code regency}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grouping a wire name names; IllegalArgumentException for anything else. */
    public static ReportGrouping parse(String wireName) {
        for (ReportGrouping g : values()) {
            if (g.wireName().equals(wireName)) {
                return g;
            }
        }
        throw new IllegalArgumentException("Unknown grouping: " + wireName);
    }
}
