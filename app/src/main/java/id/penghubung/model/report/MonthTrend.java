package id.penghubung.model.report;

import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One month of the trend charts. {@code received}, {@code answered} (first follow-ups given) and
 * {@code completed} (closings) are what happened in that month; {@code followUpDue} and
 * {@code followUpOnTime} are over the complaints received in that month, so the months add up to the
 * period's row totals.
 */
public record MonthTrend(YearMonth month, int received, int answered, int completed, int followUpDue, int followUpOnTime) {
    public MonthTrend {
        Objects.requireNonNull(month, "month");
    }

    /** On-time follow-up in percent, one decimal; empty when nothing received that month was due. */
    public OptionalDouble followUpOnTimePercent() {
        return followUpDue == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.round(1000.0 * followUpOnTime / followUpDue) / 10.0);
    }
}
