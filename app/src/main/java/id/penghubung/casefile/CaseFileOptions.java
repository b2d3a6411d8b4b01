package id.penghubung.casefile;

import id.penghubung.model.calendar.CalendarEdition;
import id.penghubung.model.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Who prints, when, in which time zone (the zone deadlines are counted in) and language, and the
 * edition of the holiday calendar the deadlines were counted with (printed in every case file's header).
 */
public record CaseFileOptions(String printedBy, Instant printedAt, ZoneId zone, Locale locale, CalendarEdition calendar) {
    public CaseFileOptions {
        Objects.requireNonNull(printedBy, "printedBy");
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** Options whose deadlines were counted with the bundled holiday table. */
    public CaseFileOptions(String printedBy, Instant printedAt, ZoneId zone, Locale locale) {
        this(printedBy, printedAt, zone, locale, WorkingCalendar.bundled().edition());
    }
}
