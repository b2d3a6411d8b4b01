package id.penghubung.model.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Hari kerja: Monday to Friday minus national holidays and cuti bersama, in one office's time zone
 * (WIB by default). Immutable; the server may publish a newer table, see {@link CalendarHolder}.
 *
 * <p><b>Coverage.</b> The holiday table covers the years that have at least one entry
 * ({@link #covers(LocalDate)}). Outside them the calendar knows no holidays and counts weekends
 * only, which is right for no real year: callers showing a date outside the coverage should say so.
 *
 * <p><b>Date arithmetic.</b> {@link #addWorkingDays(LocalDate, int)} returns the n-th working day
 * <em>after</em> the start date (the start itself never counts); n = 0 returns the start if it is a
 * working day, else the next working day; a negative n counts backwards to the n-th working day
 * before the start. {@link #workingDaysBetween(LocalDate, LocalDate)} counts working days in the
 * half-open range [from, to) and is negative when to &lt; from.
 *
 * <p><b>Instants.</b> An instant belongs to the local date it falls on in {@link #zone()}. A due
 * instant is the <em>end</em> of its day, written as the start of the next calendar day and meant
 * exclusively: "due on Friday" is {@code Saturday 00:00} local, and anything strictly before it is on
 * time. {@link #workingDaysBetween(Instant, Instant)} counts working days strictly after the first
 * instant's date up to and including the second's date. Because a due instant sits at 00:00 of the
 * day after, compare against it with {@link #workingDaysLeft(Instant, Instant)}, not with
 * {@code workingDaysBetween(now, due)}.
 *
 * <p><b>Speed.</b> Over the covered years a cumulative count of working days per day and the list
 * of working days are precomputed, so adding and counting cost O(1); outside, Monday–Friday
 * arithmetic is O(1) too.
 */
public final class WorkingCalendar {
    /** Where the application bundles the holiday table on the class path. */
    public static final String BUNDLED_RESOURCE = "/penghubung/data/hari-libur-id.csv";
    public static final ZoneId DEFAULT_ZONE = OfficeZone.WIB.zone();
    /** The CSV header, column for column. */
    public static final String CSV_HEADER = HolidayTable.CSV_HEADER;

    /** Epoch day of Monday 1970-01-05, the origin of weekday arithmetic. */
    private static final long MONDAY = 4;
    private static volatile WorkingCalendar bundled;

    private final ZoneId zone;
    private final Tables tables;
    private final CalendarEdition edition;

    private WorkingCalendar(ZoneId zone, Tables tables, CalendarEdition edition) {
        this.zone = zone;
        this.tables = tables;
        this.edition = edition;
    }

    /** The calendar shipped with the application, in WIB. Loaded once. */
    public static WorkingCalendar bundled() {
        WorkingCalendar result = bundled;
        if (result == null) {
            synchronized (WorkingCalendar.class) {
                result = bundled;
                if (result == null) {
                    result = of(loadBundled(), DEFAULT_ZONE, CalendarEdition.bundled());
                    bundled = result;
                }
            }
        }
        return result;
    }

    private static List<Holiday> loadBundled() {
        InputStream in = WorkingCalendar.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The holiday table " + BUNDLED_RESOURCE + " is not on the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return HolidayTable.parseCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    /** A calendar whose edition is inferred from the table (see {@link CalendarEdition#inferred}). */
    public static WorkingCalendar of(Collection<Holiday> holidays, ZoneId zone) {
        Objects.requireNonNull(holidays, "holidays");
        return of(holidays, zone, CalendarEdition.inferred(holidays));
    }

    public static WorkingCalendar of(Collection<Holiday> holidays, ZoneId zone, CalendarEdition edition) {
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(edition, "edition");
        return new WorkingCalendar(zone, new Tables(holidays), edition);
    }

    /** The same holidays counted in another time zone (a WITA or WIT office). */
    public WorkingCalendar withZone(ZoneId newZone) {
        Objects.requireNonNull(newZone, "zone");
        return newZone.equals(zone) ? this : new WorkingCalendar(newZone, tables, edition);
    }

    /** What the table rests on: its version and which years are decreed. */
    public CalendarEdition edition() {
        return edition;
    }

    /**
     * Why a count of working days after {@code fromExclusive} up to and including {@code toInclusive}
     * may still move, in date order: estimated holidays in the range, years of the range whose cuti
     * bersama are not decreed, years outside the table. Empty when every day of the range is decreed.
     */
    public List<CalendarDoubt> doubts(LocalDate fromExclusive, LocalDate toInclusive) {
        List<CalendarDoubt> doubts = new ArrayList<>();
        if (!toInclusive.isAfter(fromExclusive)) {
            return doubts;
        }
        for (int year = fromExclusive.plusDays(1).getYear(); year <= toInclusive.getYear(); year++) {
            if (!tables.years.contains(year)) {
                doubts.add(CalendarDoubt.outsideTable(year));
            } else if (edition.status(year).cutiBersamaOpen()) {
                doubts.add(CalendarDoubt.cutiBersamaNotDecreed(year));
            }
        }
        tables.byDate.subMap(fromExclusive, false, toInclusive, true).values().stream()
                .flatMap(List::stream)
                .filter(Holiday::estimated)
                .map(CalendarDoubt::estimated)
                .forEach(doubts::add);
        return List.copyOf(doubts);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Every holiday, by date; a date may appear twice (two holidays on one day). */
    public List<Holiday> holidays() {
        return tables.holidays;
    }

    /** The holiday on a date, if any; with two on one day the national holiday, then the decreed one, comes first. */
    public Optional<Holiday> holiday(LocalDate date) {
        List<Holiday> onDate = tables.byDate.get(date);
        return onDate == null ? Optional.empty() : Optional.of(onDate.get(0));
    }

    /** All holidays on a date (usually none or one). */
    public List<Holiday> holidaysOn(LocalDate date) {
        return tables.byDate.getOrDefault(date, List.of());
    }

    /** Whether the holiday table covers the date's year; outside it only weekends are days off. */
    public boolean covers(LocalDate date) {
        return tables.years.contains(date.getYear());
    }

    /** The years the holiday table covers, ascending. */
    public SortedSet<Integer> coveredYears() {
        return tables.years;
    }

    /**
     * Whether an estimated (not yet decreed) holiday falls after {@code fromExclusive} up to and
     * including {@code toInclusive}: a date counted across that range may still move.
     */
    public boolean dependsOnEstimates(LocalDate fromExclusive, LocalDate toInclusive) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return false;
        }
        return tables.byDate.subMap(fromExclusive, false, toInclusive, true).values().stream()
                .flatMap(List::stream)
                .anyMatch(Holiday::estimated);
    }

    public boolean isWorkingDay(LocalDate date) {
        return tables.isWorking(date.toEpochDay());
    }

    /** Whether the local date of an instant, in this calendar's zone, is a working day. */
    public boolean isWorkingDay(Instant instant) {
        return isWorkingDay(localDate(instant));
    }

    /**
     * The n-th working day after {@code start} (the start never counts). n = 0: the start if it is
     * a working day, else the next one. n &lt; 0: the |n|-th working day before the start.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        long day = start.toEpochDay();
        long index;
        if (n > 0) {
            index = tables.index(day + 1) + n - 1;
        } else {
            index = tables.index(day) + n;
        }
        return LocalDate.ofEpochDay(tables.nth(index));
    }

    /**
     * The end of the n-th working day after the start's local date, as an exclusive instant: the
     * start (00:00 local) of the following calendar day. E.g. disposed Friday 2026-03-13 14:00 WIB,
     * n = 5: the fifth working day is 2026-03-27, so the result is 2026-03-28T00:00+07:00.
     * n = 0 ends the start's own day if it is a working day, else the next working day.
     */
    public Instant addWorkingDays(Instant start, int n) {
        return endOf(addWorkingDays(localDate(start), n));
    }

    /** The end (exclusive) of the n-th calendar day after the start's local date. */
    public Instant addCalendarDays(Instant start, int n) {
        return endOf(localDate(start).plusDays(n));
    }

    /** Working days in [from, toExclusive); negative (minus the count in [to, from)) when to &lt; from. */
    public int workingDaysBetween(LocalDate from, LocalDate toExclusive) {
        return Math.toIntExact(tables.index(toExclusive.toEpochDay()) - tables.index(from.toEpochDay()));
    }

    /**
     * Working days strictly after {@code from}'s local date, up to and including {@code to}'s local
     * date; negative (minus the count the other way round) when to is before from. Two instants on
     * the same date give 0.
     */
    public int workingDaysBetween(Instant from, Instant to) {
        long fromDay = localDate(from).toEpochDay();
        long toDay = localDate(to).toEpochDay();
        return Math.toIntExact(tables.index(toDay + 1) - tables.index(fromDay + 1));
    }

    /**
     * How far {@code now} is from an exclusive due instant, in working days: positive = working days
     * left after today up to the due day; 0 = due today (or no working day remains before it);
     * negative = late by that many working days. Once the due instant has passed the result is at
     * most -1, even on a weekend right after a Friday due.
     */
    public int workingDaysLeft(Instant now, Instant dueAt) {
        long today = localDate(now).toEpochDay();
        long dueDay = dueDate(dueAt).toEpochDay();
        long left = tables.index(dueDay + 1) - tables.index(today + 1);
        if (now.isBefore(dueAt)) {
            return Math.toIntExact(Math.max(0, left));
        }
        return Math.toIntExact(Math.min(-1, left));
    }

    /** The local date an instant falls on in this calendar's zone. */
    public LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The end of a local date as an exclusive instant: 00:00 of the next day in this zone. */
    public Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day an exclusive due instant closes: the local date just before it. */
    public LocalDate dueDate(Instant dueAt) {
        return localDate(dueAt.minusNanos(1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingCalendar that && zone.equals(that.zone) && tables.holidays.equals(that.tables.holidays)
                && edition.equals(that.edition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, tables.holidays, edition);
    }

    @Override
    public String toString() {
        String years = tables.years.isEmpty() ? "no years" : tables.years.first() + "-" + tables.years.last();
        return "WorkingCalendar[" + zone + ", " + years + ", " + tables.holidays.size() + " holidays]";
    }

    /** Mon-Fri days in [MONDAY, epochDay): negative before the origin. */
    private static long weekdaysBefore(long epochDay) {
        long offset = epochDay - MONDAY;
        return Math.floorDiv(offset, 7) * 5 + Math.min(Math.floorMod(offset, 7), 5);
    }

    /** The weekday whose {@link #weekdaysBefore} is {@code index}. */
    private static long weekdayAt(long index) {
        return MONDAY + Math.floorDiv(index, 5) * 7 + Math.floorMod(index, 5);
    }

    private static boolean isWeekday(long epochDay) {
        return Math.floorMod(epochDay - MONDAY, 7) < 5;
    }

    /** The precomputed tables, shared by calendars that differ only in zone. */
    private static final class Tables {
        private static final Comparator<Holiday> ORDER = Comparator.comparing(Holiday::date)
                .thenComparing(Holiday::kind)
                .thenComparing(Holiday::estimated)
                .thenComparing(Holiday::name);

        final List<Holiday> holidays;
        final NavigableMap<LocalDate, List<Holiday>> byDate;
        final SortedSet<Integer> years;
        /** First day (epoch) of the precomputed range and the day after its end. */
        final long base;
        final long end;
        /** cumulative[i]: working days in [base, base + i); length end - base + 1. */
        final int[] cumulative;
        /** workingDays[k]: offset from base of the k-th working day in the range. */
        final int[] workingDays;
        final long weekdaysBeforeBase;
        final long weekdaysBeforeEnd;

        Tables(Collection<Holiday> source) {
            List<Holiday> sorted = new ArrayList<>(source);
            sorted.forEach(h -> Objects.requireNonNull(h, "holiday"));
            sorted.sort(ORDER);
            holidays = List.copyOf(sorted);
            TreeMap<LocalDate, List<Holiday>> map = new TreeMap<>();
            TreeSet<Integer> yearSet = new TreeSet<>();
            for (Holiday holiday : holidays) {
                map.computeIfAbsent(holiday.date(), d -> new ArrayList<>()).add(holiday);
                yearSet.add(holiday.date().getYear());
            }
            map.replaceAll((d, list) -> List.copyOf(list));
            byDate = Collections.unmodifiableNavigableMap(map);
            years = Collections.unmodifiableSortedSet(yearSet);
            if (yearSet.isEmpty()) {
                base = MONDAY;
                end = MONDAY;
                cumulative = new int[] {0};
                workingDays = new int[0];
            } else {
                try {
                    base = LocalDate.of(yearSet.first(), 1, 1).toEpochDay();
                    end = LocalDate.of(yearSet.last() + 1, 1, 1).toEpochDay();
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("Holiday years out of range", e);
                }
                if (end - base > 400 * 366) {
                    // A typo like year 20260 would otherwise allocate a huge table.
                    throw new IllegalArgumentException("Holiday table spans more than 400 years: " + yearSet.first() + "-" + yearSet.last());
                }
                int length = (int) (end - base);
                cumulative = new int[length + 1];
                int[] working = new int[length];
                int count = 0;
                for (int i = 0; i < length; i++) {
                    long day = base + i;
                    cumulative[i] = count;
                    if (isWeekday(day) && !map.containsKey(LocalDate.ofEpochDay(day))) {
                        working[count++] = i;
                    }
                }
                cumulative[length] = count;
                workingDays = Arrays.copyOf(working, count);
            }
            weekdaysBeforeBase = weekdaysBefore(base);
            weekdaysBeforeEnd = weekdaysBefore(end);
        }

        boolean isWorking(long day) {
            if (day >= base && day < end) {
                int i = (int) (day - base);
                return cumulative[i + 1] != cumulative[i];
            }
            return isWeekday(day);
        }

        /** Working days in [base, day): negative before base. The k-th working day has index k. */
        long index(long day) {
            if (day < base) {
                return weekdaysBefore(day) - weekdaysBeforeBase;
            }
            if (day <= end) {
                return cumulative[(int) (day - base)];
            }
            return cumulative[cumulative.length - 1] + weekdaysBefore(day) - weekdaysBeforeEnd;
        }

        /** The working day (epoch) with the given index. */
        long nth(long index) {
            if (index < 0) {
                return weekdayAt(weekdaysBeforeBase + index);
            }
            if (index < workingDays.length) {
                return base + workingDays[(int) index];
            }
            return weekdayAt(weekdaysBeforeEnd + index - workingDays.length);
        }
    }
}
