package id.penghubung.model.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A whole report: the period, the grouping, the calendar it was counted with ({@code CalendarEdition}'s
 * version), the moment the complaints were read as of, the ranked rows, the totals of all rows (rank 0,
 * no score ranking), the months of the trend charts and the longest overdue complaints (at most
 * {@link ReportBuilder#LONGEST_OVERDUE}, longest first).
 */
public record IndicatorReport(
        ReportPeriod period,
        ReportGrouping grouping,
        String calendarVersion,
        Instant asOf,
        List<GroupIndicators> groups,
        GroupIndicators totals,
        List<MonthTrend> months,
        List<OverdueCase> longestOverdue) {

    public IndicatorReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(calendarVersion, "calendarVersion");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(totals, "totals");
        groups = List.copyOf(groups);
        months = List.copyOf(months);
        longestOverdue = List.copyOf(longestOverdue);
    }
}
