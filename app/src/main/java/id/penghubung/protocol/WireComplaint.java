package id.penghubung.protocol;

import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as the server sends it. {@code reporter} is null whenever {@code anonymous} is true;
 * {@code disposedAt}, {@code incidentDate}, {@code agency} and {@code unit} may be null.
 * Every field is always written (null included) so the shape is stable.
 */
public record WireComplaint(
        String id,
        String trackingId,
        long version,
        String title,
        String body,
        Classification classification,
        boolean anonymous,
        boolean confidential,
        WireCategory category,
        Channel channel,
        Status status,
        Instant submittedAt,
        Instant disposedAt,
        LocalDate incidentDate,
        WireLocation location,
        WireAgency agency,
        WireUnit unit,
        WireReporter reporter,
        List<WireAttachment> attachments,
        List<WireEvent> events) {

    public WireComplaint {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        events = events == null ? List.of() : List.copyOf(events);
    }

    @Override
    public String toString() {
        // toString ends up in logs: no text, no reporter.
        return "WireComplaint[" + id + " #" + trackingId + " v" + version + " " + status + "]";
    }
}
