package id.penghubung.model.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Checks a holiday table an office wants to load against the one in force, before anything changes:
 * what it refuses (a date twice, a year out of range, a year that shrinks or vanishes) and what would
 * move (days added, days removed, estimates confirmed by the decree). A shrinking year is allowed only when the importer says so (an SKB
 * that revokes cuti bersama happens: 2020, 2021).
 */
public record HolidayTableReview(List<Problem> problems, List<Holiday> added, List<Holiday> removed, List<Holiday> confirmed) {
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    /** One refusal: its kind, the year, and the date concerned when there is one. */
    public record Problem(TableProblem kind, int year, LocalDate date) {
    }

    public HolidayTableReview {
        problems = List.copyOf(problems);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        confirmed = List.copyOf(confirmed);
    }

    /** Whether the table may be loaded; {@code acceptShrink} lets fewer days off through. */
    public boolean acceptable(boolean acceptShrink) {
        return problems.stream().allMatch(p -> acceptShrink && p.kind().fewerDays());
    }

    public static HolidayTableReview of(WorkingCalendar current, List<Holiday> incoming) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(incoming, "incoming");
        List<Problem> problems = new ArrayList<>();
        if (incoming.isEmpty()) {
            problems.add(new Problem(TableProblem.EMPTY, 0, null));
        }
        Set<String> seen = new HashSet<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (Holiday h : incoming) {
            int year = h.date().getYear();
            years.add(year);
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                problems.add(new Problem(TableProblem.YEAR_OUT_OF_RANGE, year, h.date()));
            }
            if (!seen.add(h.date() + "|" + h.kind() + "|" + h.name())) {
                problems.add(new Problem(TableProblem.DUPLICATE, year, h.date()));
            }
        }
        for (int year : current.coveredYears()) {
            if (!years.contains(year)) {
                problems.add(new Problem(TableProblem.YEAR_DROPPED, year, null));
            } else if (daysOff(incoming, year) < daysOff(current.holidays(), year)) {
                problems.add(new Problem(TableProblem.YEAR_SHRINKS, year, null));
            }
        }
        Set<Holiday> before = new HashSet<>(current.holidays());
        Set<Holiday> after = new HashSet<>(incoming);
        Comparator<Holiday> byDate = Comparator.comparing(Holiday::date).thenComparing(Holiday::name);
        // An estimate the decree keeps on the same day is confirmed, not removed and added.
        List<Holiday> confirmed = incoming.stream()
                .filter(h -> !h.estimated() && before.contains(new Holiday(h.date(), h.kind(), h.name(), true)))
                .sorted(byDate).toList();
        Set<Holiday> confirmedSet = new HashSet<>(confirmed);
        List<Holiday> added = incoming.stream().filter(h -> !before.contains(h) && !confirmedSet.contains(h)).sorted(byDate).toList();
        List<Holiday> removed = current.holidays().stream()
                .filter(h -> !after.contains(h) && !(h.estimated() && confirmedSet.contains(new Holiday(h.date(), h.kind(), h.name(), false))))
                .sorted(byDate).toList();
        return new HolidayTableReview(problems, added, removed, confirmed);
    }

    private static long daysOff(List<Holiday> holidays, int year) {
        return holidays.stream().filter(h -> h.date().getYear() == year).map(Holiday::date).distinct().count();
    }
}
