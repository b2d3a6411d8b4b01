package id.penghubung.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report's period: {@code from} and {@code to} inclusive, as dates in the counting zone (the
 * calendar's, WIB by default). It runs from 00:00 of {@code from} to 00:00 of the day after
 * {@code to} (exclusive).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " .. " + to);
        }
    }

    /** The first instant of the period in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The exclusive end of the period in {@code zone}: 00:00 of the day after {@code to}. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Days in the period, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** A whole calendar month, quarter or year; otherwise CUSTOM. */
    public PeriodKind kind() {
        if (from.getDayOfMonth() != 1 || !to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
            return PeriodKind.CUSTOM;
        }
        long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
        if (months == 1) {
            return PeriodKind.MONTHLY;
        }
        if (months == 3 && (from.getMonthValue() - 1) % 3 == 0) {
            return PeriodKind.QUARTERLY;
        }
        if (months == 12 && from.getMonthValue() == 1) {
            return PeriodKind.YEARLY;
        }
        return PeriodKind.CUSTOM;
    }

    /** The calendar months the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }
}
