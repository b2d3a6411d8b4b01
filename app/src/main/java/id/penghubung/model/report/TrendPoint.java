package id.penghubung.model.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One week or month of a trend, starting {@code start} (a Monday, a month's first day, or the period's
 * first day when the period starts inside it). {@code received}, {@code answered} (first follow-ups
 * given) and {@code completed} (closings by completion) happened in it; {@code followUpDue} and
 * {@code followUpOnTime} are over the complaints received in it, so the points add up to the period's
 * totals. The same counting as {@link MonthTrend}, which is the monthly point.
 */
public record TrendPoint(LocalDate start, int received, int answered, int completed, int followUpDue, int followUpOnTime) {
    public TrendPoint {
        Objects.requireNonNull(start, "start");
    }

    /** On-time follow-up in percent, one decimal; empty when nothing received in it was due. */
    public OptionalDouble followUpOnTimePercent() {
        return followUpDue == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.round(1000.0 * followUpOnTime / followUpDue) / 10.0);
    }
}
