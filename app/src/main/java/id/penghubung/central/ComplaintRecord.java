package id.penghubung.central;

import id.penghubung.model.EventType;
import id.penghubung.model.Role;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complaint as the server keeps it: the full wire document (every event, the reporter unless
 * anonymous), which agency wrote each internal note, and the last version made by someone other
 * than an officer's action (seed or admin), which every action's baseVersion must have seen.
 */
record ComplaintRecord(WireComplaint wire, Map<String, String> noteAgencies, long lastForeignVersion) {
    ComplaintRecord {
        noteAgencies = Map.copyOf(noteAgencies);
        if (wire.anonymous() && wire.reporter() != null) {
            throw new IllegalArgumentException("An anonymous complaint must not store a reporter");
        }
    }

    String id() {
        return wire.id();
    }

    long version() {
        return wire.version();
    }

    Optional<String> agencyId() {
        return Optional.ofNullable(wire.agency()).map(a -> a.id());
    }

    String provinceId() {
        return wire.location().provinceId();
    }

    boolean inScope(Principal p) {
        return switch (p.role()) {
            case ADMIN -> true;
            case OFFICER, SUPERVISOR -> p.agencyId().isPresent() && p.agencyId().equals(agencyId());
            case OMBUDSMAN -> p.regionId().isPresent() && p.regionId().get().equals(provinceId());
        };
    }

    /**
     * What this caller may see: internal notes only for the agency that wrote them (and the admin), a
     * unit's coordination events only for that unit's agency (and the Ombudsman office, the admin),
     * never a reporter on an anonymous complaint.
     */
    WireComplaint viewFor(Principal p) {
        List<WireEvent> events = wire.events();
        if (!noteAgencies.isEmpty() && p.role() != Role.ADMIN) {
            events = events.stream()
                    .filter(e -> e.knownType() != EventType.NOTE && !ReviewActions.EVENTS.contains(e.knownType())
                            || !noteAgencies.containsKey(e.id())
                            || p.agencyId().map(a -> a.equals(noteAgencies.get(e.id()))).orElse(false))
                    .toList();
        }
        if (p.role().actsForAgency() && events.stream().anyMatch(e -> !UnitActions.visibleTo(e, p))) {
            events = events.stream().filter(e -> UnitActions.visibleTo(e, p)).toList();
        }
        if (events == wire.events() && (!wire.anonymous() || wire.reporter() == null)) {
            return wire;
        }
        WireComplaint w = wire;
        return new WireComplaint(w.id(), w.trackingId(), w.version(), w.title(), w.body(), w.classification(), w.anonymous(),
                w.confidential(), w.category(), w.channel(), w.status(), w.submittedAt(), w.disposedAt(), w.incidentDate(),
                w.location(), w.agency(), w.unit(), w.anonymous() ? null : w.reporter(), w.attachments(), events);
    }
}
