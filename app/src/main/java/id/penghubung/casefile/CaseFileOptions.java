package id.penghubung.casefile;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/** Who prints, when, in which time zone and language. */
public record CaseFileOptions(String printedBy, Instant printedAt, ZoneId zone, Locale locale) {
    public CaseFileOptions {
        Objects.requireNonNull(printedBy, "printedBy");
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
    }
}
