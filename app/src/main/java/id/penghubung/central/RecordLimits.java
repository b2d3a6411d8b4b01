package id.penghubung.central;

import id.penghubung.model.FieldLimits;
import id.penghubung.protocol.WireLocation;
import id.penghubung.protocol.WireReporter;
import java.util.Map;

/**
 * The contract's {@code maxLength} of the reporter and location fields ({@link FieldLimits}, the same
 * numbers the officer's store takes), checked wherever the server accepts them: a record the server
 * accepts can always be stored by every client.
 */
final class RecordLimits {
    private RecordLimits() {
    }

    /** Adds "at most N characters" for every field over its limit; absent fields are left to other checks. */
    static void check(Map<String, String> f, WireLocation loc, WireReporter reporter) {
        if (loc != null) {
            max(f, "location.provinceId", loc.provinceId(), FieldLimits.SHORT);
            max(f, "location.province", loc.province(), FieldLimits.SHORT);
            max(f, "location.regency", loc.regency(), FieldLimits.SHORT);
            max(f, "location.district", loc.district(), FieldLimits.SHORT);
            max(f, "location.village", loc.village(), FieldLimits.SHORT);
            max(f, "location.detail", loc.detail(), FieldLimits.TITLE);
        }
        if (reporter != null) {
            max(f, "reporter.name", reporter.name(), FieldLimits.SHORT);
            max(f, "reporter.phone", reporter.phone(), FieldLimits.SHORT);
            max(f, "reporter.email", reporter.email(), FieldLimits.SHORT);
            max(f, "reporter.nik", reporter.nik(), FieldLimits.SHORT);
        }
    }

    private static void max(Map<String, String> f, String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            f.put(field, "at most " + limit + " characters");
        }
    }
}
