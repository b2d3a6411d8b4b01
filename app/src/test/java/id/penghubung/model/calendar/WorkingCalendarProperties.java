package id.penghubung.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws of the working-day arithmetic, over 2014-2030 (inside and outside the holiday table). */
class WorkingCalendarProperties {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled();
    private static final LocalDate ORIGIN = LocalDate.of(2014, 1, 1);
    private static final int SPAN = 17 * 366;

    private static LocalDate day(int offset) {
        return ORIGIN.plusDays(offset);
    }

    /** The slow, obviously right definition: step day by day. */
    private static LocalDate stepping(LocalDate start, int n) {
        LocalDate day = start;
        if (n == 0) {
            while (!CALENDAR.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int step = n > 0 ? 1 : -1;
        int left = Math.abs(n);
        while (left > 0) {
            day = day.plusDays(step);
            if (isWorkingBySource(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working day by the raw holiday list, not the precomputed tables. */
    private static boolean isWorkingBySource(LocalDate day) {
        return day.getDayOfWeek().getValue() <= 5
                && CALENDAR.holidays().stream().noneMatch(h -> h.date().equals(day));
    }

    @Property
    void addingAgreesWithSteppingDayByDay(@ForAll @IntRange(max = SPAN) int offset, @ForAll @IntRange(min = -40, max = 80) int n) {
        assertThat(CALENDAR.addWorkingDays(day(offset), n)).isEqualTo(stepping(day(offset), n));
    }

    @Property
    void noDueDateLandsOnAWeekendOrHoliday(@ForAll @IntRange(max = SPAN) int offset, @ForAll @IntRange(min = -300, max = 300) int n) {
        LocalDate due = CALENDAR.addWorkingDays(day(offset), n);
        assertThat(due.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        assertThat(CALENDAR.holiday(due)).isEmpty();
        assertThat(CALENDAR.isWorkingDay(due)).isTrue();
    }

    @Property
    void addingThenCountingRoundTrips(@ForAll @IntRange(max = SPAN) int offset, @ForAll @IntRange(min = 1, max = 300) int n) {
        LocalDate start = day(offset);
        LocalDate due = CALENDAR.addWorkingDays(start, n);
        assertThat(due).isAfter(start);
        assertThat(CALENDAR.workingDaysBetween(start.plusDays(1), due.plusDays(1))).isEqualTo(n);
        // and backwards: n working days before the due date, counted from it, lands on or after the start
        assertThat(CALENDAR.addWorkingDays(due, -n)).isBeforeOrEqualTo(start);
    }

    @Property
    void instantsRoundTripInEveryOfficeZone(@ForAll @IntRange(max = SPAN) int offset, @ForAll @IntRange(max = 86_399) int second,
            @ForAll @IntRange(min = 1, max = 120) int n, @ForAll OfficeZone zone) {
        WorkingCalendar calendar = CALENDAR.withZone(zone.zone());
        Instant start = day(offset).atStartOfDay(zone.zone()).plusSeconds(second).toInstant();
        Instant due = calendar.addWorkingDays(start, n);
        assertThat(due).isAfter(start);
        assertThat(due.atZone(zone.zone()).toLocalTime().toSecondOfDay()).isZero();
        assertThat(calendar.isWorkingDay(calendar.dueDate(due))).isTrue();
        assertThat(calendar.workingDaysBetween(start, due.minusNanos(1))).isEqualTo(n);
        assertThat(calendar.workingDaysLeft(start, due)).isEqualTo(n);
    }

    @Property
    void addingIsMonotonic(@ForAll @IntRange(max = SPAN) int offset, @ForAll @IntRange(max = 20) int gap,
            @ForAll @IntRange(min = 1, max = 200) int n) {
        // n = 0 is "the start or the next working day", equal to n = 1 from a day off, hence n >= 1.
        LocalDate early = day(offset);
        LocalDate late = early.plusDays(gap);
        assertThat(CALENDAR.addWorkingDays(early, n)).isBeforeOrEqualTo(CALENDAR.addWorkingDays(late, n));
        assertThat(CALENDAR.addWorkingDays(early, n + 1)).isAfter(CALENDAR.addWorkingDays(early, n));
    }

    @Property
    void countingIsAntisymmetricAndAdditive(@ForAll @IntRange(max = SPAN) int a, @ForAll @IntRange(max = SPAN) int b,
            @ForAll @IntRange(max = SPAN) int c) {
        assertThat(CALENDAR.workingDaysBetween(day(a), day(b))).isEqualTo(-CALENDAR.workingDaysBetween(day(b), day(a)));
        assertThat(CALENDAR.workingDaysBetween(day(a), day(b)) + CALENDAR.workingDaysBetween(day(b), day(c)))
                .isEqualTo(CALENDAR.workingDaysBetween(day(a), day(c)));
    }

    @Property(tries = 200)
    void countingAgreesWithSteppingOverAMonth(@ForAll @IntRange(max = SPAN) int offset, @ForAll @IntRange(max = 45) int length) {
        LocalDate from = day(offset);
        long expected = from.datesUntil(from.plusDays(length)).filter(WorkingCalendarProperties::isWorkingBySource).count();
        assertThat(CALENDAR.workingDaysBetween(from, from.plusDays(length))).isEqualTo((int) expected);
    }

    @Property(tries = 100)
    void zoneDoesNotChangeDateArithmetic(@ForAll @IntRange(max = SPAN) int offset, @ForAll @IntRange(max = 60) int n) {
        WorkingCalendar wit = CALENDAR.withZone(ZoneId.of("Asia/Jayapura"));
        assertThat(wit.addWorkingDays(day(offset), n)).isEqualTo(CALENDAR.addWorkingDays(day(offset), n));
    }
}
