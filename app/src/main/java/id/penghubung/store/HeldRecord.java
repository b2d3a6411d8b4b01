package id.penghubung.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A pulled record the store could not take (e.g. a field over its limit), kept aside so the rest of
 * its page lands and the pull goes on. Carries no identity: {@code reason} is a code such as
 * {@code tooLong:reporter.name}, {@code rawSize} the record's size in chars.
 */
public record HeldRecord(String complaintId, String trackingId, long version, String reason, long rawSize,
        Instant firstSeen) {

    /** A record to hold, with the server's JSON of it (kept only sealed). */
    public record Incoming(String complaintId, String trackingId, long version, String reason, String rawJson) {
        public Incoming {
            Objects.requireNonNull(complaintId, "complaintId");
            Objects.requireNonNull(trackingId, "trackingId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(rawJson, "rawJson");
        }

        @Override
        public String toString() {
            return "HeldRecord.Incoming[" + trackingId + " v" + version + " " + reason + "]";
        }
    }

    /** The reason code of a field over the store's limit. */
    public static String tooLong(String field) {
        return "tooLong:" + field;
    }
}
