package id.penghubung.ui.similar;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Actor;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.Status;
import id.penghubung.model.TrackingId;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import id.penghubung.store.SimilarCandidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The similar pane's port over maps: complaints, the matcher's answers, and an outbox that records what is queued. */
final class FakeSimilarData implements SimilarData {
    final Map<String, Complaint> complaints = new LinkedHashMap<>();
    final Map<String, List<SimilarCandidate>> answers = new LinkedHashMap<>();
    final List<OutboxEntry> queued = new ArrayList<>();
    final List<String> asked = new ArrayList<>();

    Complaint add(String id, String tracking, Status status, AgencyRef agency, Event... extra) {
        Complaint base = ModelFixtures.complaint("2026-03-11T08:00").disposed("2026-03-13T14:00").status(status).agency(agency)
                .build();
        List<Event> events = new ArrayList<>(base.events());
        events.addAll(List.of(extra));
        Complaint c = new Complaint(id, new TrackingId(tracking), 3, "Judul " + tracking, base.body(), base.classification(),
                false, false, base.category(), base.channel(), status, base.submittedAt(), base.disposedAt(),
                Optional.empty(), base.location(), Optional.of(agency), Optional.empty(), Optional.empty(), List.of(), events);
        complaints.put(id, c);
        return c;
    }

    static Event linked(String text) {
        return new Event("l-" + text, EventType.LINKED, Instant.parse("2026-03-14T02:00:00Z"),
                new Actor(ActorKind.OFFICER, "Penghubung"), text, List.of());
    }

    @Override
    public List<SimilarCandidate> similar(TrackingId trackingId, int limit) {
        asked.add(trackingId.value());
        return answers.getOrDefault(trackingId.value(), List.of());
    }

    @Override
    public Optional<Complaint> complaint(String id) {
        return Optional.ofNullable(complaints.get(id));
    }

    @Override
    public Optional<Complaint> byTrackingId(TrackingId trackingId) {
        return complaints.values().stream().filter(c -> c.trackingId().equals(trackingId)).findFirst();
    }

    @Override
    public List<OutboxEntry> outboxFor(String complaintId) {
        return queued.stream().filter(e -> e.complaintId().equals(complaintId)).toList();
    }

    @Override
    public OutboxEntry enqueue(String complaintId, long baseVersion, OfficerAction action) {
        OutboxEntry e = new OutboxEntry(UUID.randomUUID(), complaintId, baseVersion, action, OutboxState.PENDING, 0,
                Optional.empty(), Instant.EPOCH, Optional.empty(), Optional.empty(), false);
        queued.add(e);
        return e;
    }
}
