package id.penghubung.model.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A *libur panjang*: a run of days off (weekend, libur nasional, cuti bersama) of at least
 * {@link #MIN_DAYS} days with a holiday in it — Lebaran, Natal and Tahun Baru, a long weekend. While a
 * year's cuti bersama are not decreed its breaks look shorter than they will be: see {@link #estimated}. Before
 * one, the desk says which complaints fall due just after it and before which day to answer them.
 */
public record LongBreak(LocalDate firstDayOff, LocalDate lastDayOff, LocalDate lastWorkingDayBefore,
        LocalDate firstWorkingDayAfter, List<Holiday> holidays) {
    /** Three days off in a row: a weekend with a holiday beside it, or more. */
    public static final int MIN_DAYS = 3;
    /** How far past a break a due day still counts as squeezed by it, in working days. */
    public static final int SQUEEZE_WORKING_DAYS = 2;

    public LongBreak {
        Objects.requireNonNull(firstDayOff, "firstDayOff");
        Objects.requireNonNull(lastDayOff, "lastDayOff");
        holidays = List.copyOf(holidays);
    }

    /** Days off in the run, weekend included. */
    public int days() {
        return (int) (lastDayOff.toEpochDay() - firstDayOff.toEpochDay()) + 1;
    }

    /** Whether any day of the break is only an estimate. */
    public boolean estimated() {
        return holidays.stream().anyMatch(Holiday::estimated);
    }

    /**
     * Whether a due day falls inside the break or within the first {@link #SQUEEZE_WORKING_DAYS}
     * working days after it: such a complaint is best answered by {@link #lastWorkingDayBefore}.
     */
    public boolean squeezes(WorkingCalendar calendar, LocalDate dueDay) {
        if (dueDay.isBefore(firstDayOff)) {
            return false;
        }
        return !dueDay.isAfter(calendar.addWorkingDays(lastDayOff, SQUEEZE_WORKING_DAYS));
    }

    /** The next break that starts within {@code lookaheadDays} calendar days after {@code today} (today included). */
    public static Optional<LongBreak> next(WorkingCalendar calendar, LocalDate today, int lookaheadDays) {
        LocalDate day = today;
        LocalDate horizon = today.plusDays(lookaheadDays);
        while (!day.isAfter(horizon)) {
            if (calendar.isWorkingDay(day)) {
                day = day.plusDays(1);
                continue;
            }
            LocalDate first = day;
            List<Holiday> holidays = new ArrayList<>();
            while (!calendar.isWorkingDay(day)) {
                holidays.addAll(calendar.holidaysOn(day));
                day = day.plusDays(1);
            }
            LocalDate last = day.minusDays(1);
            LongBreak run = new LongBreak(first, last, calendar.addWorkingDays(first, -1), day, holidays);
            if (run.days() >= MIN_DAYS && !holidays.isEmpty() && !first.isBefore(today)) {
                return Optional.of(run);
            }
        }
        return Optional.empty();
    }
}
