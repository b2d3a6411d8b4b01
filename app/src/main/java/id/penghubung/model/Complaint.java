package id.penghubung.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A report (laporan) as the server last described it: the officer's local work on it lives
 * elsewhere. Events are kept in chronological order.
 *
 * <p>{@code asReceived} keeps, per field ({@link #STATUS}, {@link #CLASSIFICATION}, {@link #CHANNEL}),
 * the name the server sent when this version does not know it (the field then holds {@code OTHER});
 * empty for every value this version knows. See {@link OpenValues}.
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
        List<Event> events,
        Map<String, String> asReceived,
        Optional<Redirect> redirect) {

    public static final String STATUS = "status";
    public static final String CLASSIFICATION = "classification";
    public static final String CHANNEL = "channel";

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
        Map<String, String> received = new TreeMap<>();
        keep(received, STATUS, status, asReceived);
        keep(received, CLASSIFICATION, classification, asReceived);
        keep(received, CHANNEL, channel, asReceived);
        asReceived = Collections.unmodifiableMap(received);
        redirect = redirect == null ? Optional.empty() : redirect;
    }

    /** A complaint not redirected away from this agency. */
    public Complaint(String id, TrackingId trackingId, long version, String title, String body, Classification classification,
            boolean anonymous, boolean confidential, Category category, Channel channel, Status status, Instant submittedAt,
            Optional<Instant> disposedAt, Optional<LocalDate> incidentDate, Location location, Optional<AgencyRef> agency,
            Optional<UnitRef> unit, Optional<Reporter> reporter, List<Attachment> attachments, List<Event> events,
            Map<String, String> asReceived) {
        this(id, trackingId, version, title, body, classification, anonymous, confidential, category, channel, status, submittedAt,
                disposedAt, incidentDate, location, agency, unit, reporter, attachments, events, asReceived, Optional.empty());
    }

    /** This complaint with where, when and why it was redirected away from this agency (or not). */
    public Complaint withRedirect(Optional<Redirect> r) {
        return new Complaint(id, trackingId, version, title, body, classification, anonymous, confidential, category, channel, status,
                submittedAt, disposedAt, incidentDate, location, agency, unit, reporter, attachments, events, asReceived, r);
    }

    /** Redirected away from this agency: kept read-only, nothing may be done on it here. */
    public boolean isRedirectedAway() {
        return redirect.isPresent();
    }

    /** A complaint whose status, classification and channel this version knows. */
    public Complaint(String id, TrackingId trackingId, long version, String title, String body, Classification classification,
            boolean anonymous, boolean confidential, Category category, Channel channel, Status status, Instant submittedAt,
            Optional<Instant> disposedAt, Optional<LocalDate> incidentDate, Location location, Optional<AgencyRef> agency,
            Optional<UnitRef> unit, Optional<Reporter> reporter, List<Attachment> attachments, List<Event> events) {
        this(id, trackingId, version, title, body, classification, anonymous, confidential, category, channel, status, submittedAt,
                disposedAt, incidentDate, location, agency, unit, reporter, attachments, events, Map.of());
    }

    private static void keep(Map<String, String> into, String field, Enum<?> value, Map<String, String> given) {
        String name = OpenValues.name(value, given == null ? null : given.get(field));
        if (!name.equals(value.name()) || value.name().equals(OpenValues.OTHER)) {
            into.put(field, name);
        }
    }

    /** The status as the server named it (the received name when this version does not know it). */
    public String statusName() {
        return asReceived.getOrDefault(STATUS, status.name());
    }

    /** The classification as the server named it. */
    public String classificationName() {
        return asReceived.getOrDefault(CLASSIFICATION, classification.name());
    }

    /** The channel as the server named it. */
    public String channelName() {
        return asReceived.getOrDefault(CHANNEL, channel.name());
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
