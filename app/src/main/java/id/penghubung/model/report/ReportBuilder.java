package id.penghubung.model.report;

import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Adds complaints' facts up into an {@link IndicatorReport}, one complaint at a time, so a caller can
 * stream a whole cache through it in pages: memory grows with the number of rows, not of complaints
 * (the median is kept as a histogram of working days). The report's moment {@code asOf} is the
 * period's end, or {@code now} while the period is still running; facts must be built for that moment
 * ({@link FactsOf#of}).
 */
public final class ReportBuilder {
    /** How many of the longest overdue complaints a report lists. */
    public static final int LONGEST_OVERDUE = 10;
    private static final Comparator<OverdueCase> LATENESS =
            Comparator.comparingInt(OverdueCase::workingDaysLate).thenComparing(OverdueCase::trackingId, Comparator.reverseOrder());

    private final ReportPeriod period;
    private final ReportGrouping grouping;
    private final WorkingCalendar calendar;
    private final Instant start;
    private final Instant asOf;
    private final Map<String, GroupTally> rows = new LinkedHashMap<>();
    private final Trend months;
    private final Trend weeks;
    private final PriorityQueue<OverdueCase> overdue = new PriorityQueue<>(LATENESS);

    public ReportBuilder(ReportPeriod period, ReportGrouping grouping, WorkingCalendar calendar, Instant now) {
        this.period = Objects.requireNonNull(period, "period");
        this.grouping = Objects.requireNonNull(grouping, "grouping");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.start = period.start(calendar.zone());
        Instant end = period.end(calendar.zone());
        this.asOf = now.isBefore(end) ? now : end;
        this.months = new Trend(TrendStep.MONTH, period, calendar.zone());
        this.weeks = new Trend(TrendStep.WEEK, period, calendar.zone());
    }

    /** The moment the facts must describe: the period's exclusive end, or now while it runs. */
    public Instant asOf() {
        return asOf;
    }

    public ReportGrouping grouping() {
        return grouping;
    }

    public void add(ComplaintFacts f) {
        if (!f.counted() || !f.disposedAt().get().isBefore(asOf)) {
            return;
        }
        GroupTally row = rows.computeIfAbsent(f.groupId(), id -> new GroupTally(id, f.groupName()));
        if (f.receivedIn(start, asOf)) {
            row.addReceived(f, asOf, calendar);
            boolean due = f.followUpDue(asOf);
            boolean onTime = f.followUpOnTime(asOf);
            months.received(f.disposedAt().get(), due, onTime);
            weeks.received(f.disposedAt().get(), due, onTime);
        }
        f.followUpAt().filter(this::inPeriod).ifPresent(at -> {
            months.answered(at);
            weeks.answered(at);
        });
        if (f.completed()) {
            f.closedAt().filter(this::inPeriod).ifPresent(at -> {
                months.completed(at);
                weeks.completed(at);
            });
        }
        if (f.overdueOpen(asOf)) {
            row.overdueOpen++;
            remember(f);
        }
    }

    /**
     * Adds, to the trends only (not to the report's rows), complaints of the period counted elsewhere by
     * the day they were disposed on: {@code count} received, of which {@code followUpDue} owed their
     * follow-up by {@link #asOf()} and {@code followUpOnTime} gave it in time (what {@link #add} counts of
     * each; the store's table of facts adds up many complaints' facts this way, decision 0015).
     */
    public void receivedOn(LocalDate day, int count, int followUpDue, int followUpOnTime) {
        months.receivedOn(day, count, followUpDue, followUpOnTime);
        weeks.receivedOn(day, count, followUpDue, followUpOnTime);
    }

    /** As {@link #receivedOn}: {@code count} first follow-ups given on a day of the period. */
    public void answeredOn(LocalDate day, int count) {
        months.answeredOn(day, count);
        weeks.answeredOn(day, count);
    }

    /** As {@link #receivedOn}: {@code count} completions on a day of the period. */
    public void completedOn(LocalDate day, int count) {
        months.completedOn(day, count);
        weeks.completedOn(day, count);
    }

    private void remember(ComplaintFacts f) {
        Instant due = f.overdueSince().orElseThrow();
        DeadlineKind kind = f.followUpAt().isEmpty() && !f.followUpNotApplicable() && f.followUpDueAt().equals(f.overdueSince())
                ? DeadlineKind.FOLLOW_UP : DeadlineKind.COMPLETION;
        int late = Math.max(1, -calendar.workingDaysLeft(asOf, due));
        overdue.add(new OverdueCase(f.trackingId(), f.title(), f.groupName(), kind, calendar.dueDate(due), late));
        if (overdue.size() > LONGEST_OVERDUE) {
            overdue.poll();
        }
    }

    private boolean inPeriod(Instant t) {
        return !t.isBefore(start) && t.isBefore(asOf);
    }

    /** The period's weeks or months so far, the same counts as the report's (call after the facts are added). */
    public List<TrendPoint> trend(TrendStep step) {
        return (step == TrendStep.WEEK ? weeks : months).points();
    }

    public IndicatorReport build() {
        List<GroupIndicators> scored = new ArrayList<>();
        GroupTally all = new GroupTally("", "");
        for (GroupTally t : rows.values()) {
            if (t.received > 0 || t.overdueOpen > 0) {
                scored.add(t.indicators(period));
                all.merge(t);
            }
        }
        List<MonthTrend> trend = new ArrayList<>();
        months.points().forEach(p -> trend.add(new MonthTrend(YearMonth.from(p.start()), p.received(), p.answered(), p.completed(),
                p.followUpDue(), p.followUpOnTime())));
        List<OverdueCase> longest = new ArrayList<>(overdue);
        longest.sort(LATENESS.reversed());
        return new IndicatorReport(period, grouping, calendar.edition().version(), asOf, Ranking.rank(scored),
                all.indicators(period).ranked(0, Optional.empty()), trend, longest);
    }

    /** The running counts of one row. */
    private static final class GroupTally {
        private final String id;
        private final String name;
        private int received;
        private int followUpDue;
        private int followUpOnTime;
        private int completed;
        private int completedOnTime;
        private int completionDue;
        private int overdueOpen;
        private int notAuthorized;
        private int redirected;
        private int reopened;
        private final Map<Integer, Integer> followUpDays = new HashMap<>();

        GroupTally(String id, String name) {
            this.id = id;
            this.name = name;
        }

        void addReceived(ComplaintFacts f, Instant asOf, WorkingCalendar calendar) {
            received++;
            followUpDue += f.followUpDue(asOf) ? 1 : 0;
            followUpOnTime += f.followUpOnTime(asOf) ? 1 : 0;
            completed += f.completed() ? 1 : 0;
            completedOnTime += f.completedOnTime() ? 1 : 0;
            completionDue += f.completionDue(asOf) ? 1 : 0;
            notAuthorized += f.notAuthorized() ? 1 : 0;
            redirected += f.redirected() ? 1 : 0;
            reopened += f.reopenCount();
            f.followUpAt().ifPresent(at -> followUpDays.merge(
                    Math.max(0, calendar.workingDaysBetween(f.disposedAt().get(), at)), 1, Integer::sum));
        }

        void merge(GroupTally t) {
            received += t.received;
            followUpDue += t.followUpDue;
            followUpOnTime += t.followUpOnTime;
            completed += t.completed;
            completedOnTime += t.completedOnTime;
            completionDue += t.completionDue;
            overdueOpen += t.overdueOpen;
            notAuthorized += t.notAuthorized;
            redirected += t.redirected;
            reopened += t.reopened;
            t.followUpDays.forEach((d, n) -> followUpDays.merge(d, n, Integer::sum));
        }

        GroupIndicators indicators(ReportPeriod period) {
            return new GroupIndicators(id, name, received, followUpDue, followUpOnTime, followUpDue - followUpOnTime,
                    Median.of(followUpDays), completed, completedOnTime, completionDue, overdueOpen, notAuthorized,
                    redirected, reopened, ComplianceScore.of(followUpOnTime, followUpDue, completedOnTime, completionDue),
                    0, VolumeGroup.of(received, period), Optional.empty());
        }
    }
}
