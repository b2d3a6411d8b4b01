package id.penghubung.model.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running counts of one trend (weeks or months of a period), fed by {@link ReportBuilder} as it
 * adds each complaint's facts, so the trend and the report's rows are one count.
 */
final class Trend {
    private final TrendStep step;
    private final ZoneId zone;
    private final Map<LocalDate, int[]> points = new LinkedHashMap<>();
    private final long firstDay;
    /** The counts of each day of the period, by its distance from the first (one lookup per fact, no hashing). */
    private final int[][] byDay;

    Trend(TrendStep step, ReportPeriod period, ZoneId zone) {
        this.step = step;
        this.zone = zone;
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = next(d)) {
            points.put(d, new int[5]);
        }
        this.firstDay = period.from().toEpochDay();
        this.byDay = new int[Math.toIntExact(period.to().toEpochDay() - firstDay + 1)][];
        for (int i = 0; i < byDay.length; i++) {
            LocalDate day = LocalDate.ofEpochDay(firstDay + i);
            LocalDate start = step == TrendStep.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    : day.withDayOfMonth(1);
            byDay[i] = points.get(start.isBefore(period.from()) ? period.from() : start);
        }
    }

    private LocalDate next(LocalDate d) {
        return step == TrendStep.WEEK ? d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : d.withDayOfMonth(1).plusMonths(1);
    }

    /** The point an instant falls in; null outside the period. */
    private int[] at(Instant t) {
        long day = LocalDate.ofInstant(t, zone).toEpochDay() - firstDay;
        return day < 0 || day >= byDay.length ? null : byDay[(int) day];
    }

    void received(Instant disposedAt, boolean due, boolean onTime) {
        int[] p = at(disposedAt);
        if (p != null) {
            p[0]++;
            p[3] += due ? 1 : 0;
            p[4] += onTime ? 1 : 0;
        }
    }

    void answered(Instant at) {
        int[] p = at(at);
        if (p != null) {
            p[1]++;
        }
    }

    void completed(Instant at) {
        int[] p = at(at);
        if (p != null) {
            p[2]++;
        }
    }

    /** The point of a day; null outside the period. */
    private int[] on(LocalDate day) {
        long i = day.toEpochDay() - firstDay;
        return i < 0 || i >= byDay.length ? null : byDay[(int) i];
    }

    /** {@link #received} for {@code count} complaints disposed on one day, added up elsewhere. */
    void receivedOn(LocalDate day, int count, int due, int onTime) {
        int[] p = on(day);
        if (p != null) {
            p[0] += count;
            p[3] += due;
            p[4] += onTime;
        }
    }

    void answeredOn(LocalDate day, int count) {
        int[] p = on(day);
        if (p != null) {
            p[1] += count;
        }
    }

    void completedOn(LocalDate day, int count) {
        int[] p = on(day);
        if (p != null) {
            p[2] += count;
        }
    }

    List<TrendPoint> points() {
        List<TrendPoint> out = new ArrayList<>(points.size());
        points.forEach((d, v) -> out.add(new TrendPoint(d, v[0], v[1], v[2], v[3], v[4])));
        return out;
    }
}
