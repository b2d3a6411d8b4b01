package id.penghubung.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report (laporan) as the server last described it: the officer's local work on it lives
 * elsewhere. Events are kept in chronological order.
 */
public record Complaint(
        String id,
        TrackingId trackingId,
        long version,
        String title,
        String body,
        Classification classification,
        boolean anonymous,
        boolean confidential,
        Category category,
        Channel channel,
        Status status,
        Instant submittedAt,
        Optional<Instant> disposedAt,
        Optional<LocalDate> incidentDate,
        Location location,
        Optional<AgencyRef> agency,
        Optional<UnitRef> unit,
        Optional<Reporter> reporter,
        List<Attachment> attachments,
        List<Event> events) {

    public Complaint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(disposedAt, "disposedAt");
        Objects.requireNonNull(incidentDate, "incidentDate");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(reporter, "reporter");
        if (anonymous && reporter.isPresent()) {
            // The one rule that protects an anonymous reporter: the identity must never exist here.
            throw new IllegalArgumentException("An anonymous complaint cannot carry a reporter identity");
        }
        if (version < 0) {
            throw new IllegalArgumentException("Negative version");
        }
        attachments = List.copyOf(attachments);
        events = events.stream().sorted(Comparator.comparing(Event::at)).toList();
    }

    /** The latest event of a type, if any. */
    public Optional<Event> lastEvent(EventType type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).type() == type) {
                return Optional.of(events.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        // Never print the reporter or the text: toString ends up in logs.
        return "Complaint[" + trackingId + " v" + version + " " + status + "]";
    }
}
