package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.OpenValues;
import id.penghubung.model.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as the server sends it. {@code reporter} is null whenever {@code anonymous} is true;
 * {@code disposedAt}, {@code incidentDate}, {@code agency} and {@code unit} may be null.
 * Every field is always written (null included) so the shape is stable. {@code classification},
 * {@code channel} and {@code status} are kept as the names the server sent: a name this version does
 * not know must not fail a page ({@link WireMapper} reads it as {@code OTHER}, keeping the name).
 */
public record WireComplaint(
        String id,
        String trackingId,
        long version,
        String title,
        String body,
        String classification,
        boolean anonymous,
        boolean confidential,
        WireCategory category,
        String channel,
        String status,
        Instant submittedAt,
        Instant disposedAt,
        LocalDate incidentDate,
        WireLocation location,
        WireAgency agency,
        WireUnit unit,
        WireReporter reporter,
        List<WireAttachment> attachments,
        List<WireEvent> events,
        @JsonInclude(JsonInclude.Include.NON_NULL) WireRedirect redirect) {

    public WireComplaint {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A complaint not redirected away from the receiving agency ({@code redirect} absent). */
    public WireComplaint(String id, String trackingId, long version, String title, String body, String classification,
            boolean anonymous, boolean confidential, WireCategory category, String channel, String status, Instant submittedAt,
            Instant disposedAt, LocalDate incidentDate, WireLocation location, WireAgency agency, WireUnit unit,
            WireReporter reporter, List<WireAttachment> attachments, List<WireEvent> events) {
        this(id, trackingId, version, title, body, classification, anonymous, confidential, category, channel, status, submittedAt,
                disposedAt, incidentDate, location, agency, unit, reporter, attachments, events, null);
    }

    /** The last version an agency receives of a complaint redirected away from it: status DIALIHKAN, with where, when and why. */
    public WireComplaint redirectedAway(WireRedirect r) {
        return new WireComplaint(id, trackingId, version, title, body, classification, anonymous, confidential, category, channel,
                Status.DIALIHKAN.name(), submittedAt, disposedAt, incidentDate, location, agency, unit, reporter, attachments, events, r);
    }

    /** A complaint of known classification, channel and status (the training server's own records). */
    public WireComplaint(String id, String trackingId, long version, String title, String body, Classification classification,
            boolean anonymous, boolean confidential, WireCategory category, Channel channel, Status status, Instant submittedAt,
            Instant disposedAt, LocalDate incidentDate, WireLocation location, WireAgency agency, WireUnit unit,
            WireReporter reporter, List<WireAttachment> attachments, List<WireEvent> events) {
        this(id, trackingId, version, title, body, classification.name(), anonymous, confidential, category, channel.name(),
                status.name(), submittedAt, disposedAt, incidentDate, location, agency, unit, reporter, attachments, events);
    }

    /** The status as this version knows it ({@code OTHER} for a name it does not know). */
    public Status knownStatus() {
        return OpenValues.parse(Status.class, status);
    }

    /** The classification as this version knows it ({@code OTHER} for a name it does not know). */
    public Classification knownClassification() {
        return OpenValues.parse(Classification.class, classification);
    }

    @Override
    public String toString() {
        // toString ends up in logs: no text, no reporter.
        return "WireComplaint[" + id + " #" + trackingId + " v" + version + " " + status + "]";
    }
}
