package id.penghubung.ui.ranking;

import id.penghubung.model.report.ReportPeriod;
import java.time.LocalDate;
import java.time.YearMonth;

/** The periods the ranking offers, each a {@link ReportPeriod} around today. */
public enum RankingPeriod {
    THIS_MONTH,
    /** The last whole month: the monthly report's period. */
    LAST_MONTH,
    THIS_QUARTER,
    THIS_YEAR,
    LAST_YEAR;

    /** The inclusive dates of this period for {@code today}. */
    public ReportPeriod around(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return switch (this) {
            case THIS_MONTH -> new ReportPeriod(month.atDay(1), month.atEndOfMonth());
            case LAST_MONTH -> new ReportPeriod(month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth());
            case THIS_QUARTER -> {
                YearMonth first = YearMonth.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1);
                yield new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            case THIS_YEAR -> new ReportPeriod(LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31));
            case LAST_YEAR -> new ReportPeriod(LocalDate.of(today.getYear() - 1, 1, 1), LocalDate.of(today.getYear() - 1, 12, 31));
        };
    }
}
