package id.penghubung.protocol;

import java.time.LocalDate;

/** A day off: kind is LIBUR_NASIONAL or CUTI_BERSAMA; estimated when not yet decreed. */
public record CalendarDay(LocalDate date, String kind, String name, boolean estimated) {
}
