package id.penghubung.model.calendar;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way a time reaches the screen: in the office's zone, followed by its label (WIB, WITA,
 * WIT; {@link OfficeZone#label}), so "10.00" never leaves a reader guessing which ten o'clock.
 */
public final class OfficeTime {
    private OfficeTime() {
    }

    /** "4 Mar 2026, 10.00 WIB": a date with its time. */
    public static DateTimeFormatter dateTime(Locale locale, ZoneId zone) {
        return labelled(FormatStyle.MEDIUM, FormatStyle.SHORT, locale, zone);
    }

    /** "04/03/26, 10.00 WIB": the short form, for a status bar. */
    public static DateTimeFormatter shortDateTime(Locale locale, ZoneId zone) {
        return labelled(FormatStyle.SHORT, FormatStyle.SHORT, locale, zone);
    }

    /** "10.00 WIB": a time of today. */
    public static DateTimeFormatter time(Locale locale, ZoneId zone) {
        return labelled(null, FormatStyle.SHORT, locale, zone);
    }

    private static DateTimeFormatter labelled(FormatStyle date, FormatStyle time, Locale locale, ZoneId zone) {
        return new DateTimeFormatterBuilder().appendLocalized(date, time).appendLiteral(' ')
                .appendLiteral(OfficeZone.label(zone)).toFormatter(locale).withZone(zone);
    }
}
