package id.penghubung.model.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a date counted in working days may still move: a holiday in the range is an estimate, the
 * year's cuti bersama are not decreed yet, or the year lies outside the holiday table (where only
 * weekends would be known).
 */
public record CalendarDoubt(Reason reason, int year, Optional<LocalDate> date, Optional<String> holidayName) {
    public enum Reason { ESTIMATED_HOLIDAY, CUTI_BERSAMA_NOT_DECREED, OUTSIDE_TABLE }

    public CalendarDoubt {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holidayName, "holidayName");
    }

    static CalendarDoubt estimated(Holiday holiday) {
        return new CalendarDoubt(Reason.ESTIMATED_HOLIDAY, holiday.date().getYear(), Optional.of(holiday.date()),
                Optional.of(holiday.name()));
    }

    static CalendarDoubt cutiBersamaNotDecreed(int year) {
        return new CalendarDoubt(Reason.CUTI_BERSAMA_NOT_DECREED, year, Optional.empty(), Optional.empty());
    }

    static CalendarDoubt outsideTable(int year) {
        return new CalendarDoubt(Reason.OUTSIDE_TABLE, year, Optional.empty(), Optional.empty());
    }
}
