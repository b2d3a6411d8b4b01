package id.penghubung.central;

import id.penghubung.model.ActorKind;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.protocol.AdminHoldRequest;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The LAPOR! admin's hold (tunda, LAPOR! V3 guide) and its resume, and the reopen mark a reporter's
 * reply after "Selesai" leaves (issue 22). A held complaint has status TUNDA; resuming gives back the
 * status its chronology implies (not verified, not yet followed up, or in process).
 */
final class AdminHolds {
    /** The agency's follow-ups: after one of these a resumed complaint is PROSES. */
    private static final Set<EventType> FOLLOWED_UP = EnumSet.of(EventType.RESPONDED, EventType.INFO_REQUESTED,
            EventType.DISPOSED_TO_UNIT, EventType.REOPENED);

    private final AdminService admin;

    AdminHolds(AdminService admin) {
        this.admin = admin;
    }

    WireComplaint hold(String id, AdminHoldRequest r) throws SQLException {
        String reason = r.reason() == null ? null : r.reason().strip();
        if (reason == null || reason.isEmpty() || reason.length() > ActionService.MAX_TEXT) {
            throw AdminService.invalid(Map.of("reason", "required, not empty, at most " + ActionService.MAX_TEXT + " characters"));
        }
        return admin.change(id, List.of(Status.BELUM_TERVERIFIKASI, Status.BELUM_DITINDAKLANJUTI, Status.PROSES), (c, w, now) ->
                next(w, Status.TUNDA, event(EventType.HELD, now, reason)));
    }

    WireComplaint resume(String id, AdminHoldRequest r) throws SQLException {
        String reason = r == null || r.reason() == null ? "" : r.reason().strip();
        if (reason.length() > ActionService.MAX_TEXT) {
            throw AdminService.invalid(Map.of("reason", "at most " + ActionService.MAX_TEXT + " characters"));
        }
        return admin.change(id, List.of(Status.TUNDA), (c, w, now) -> next(w, statusBeforeHold(w), event(EventType.RESUMED, now, reason)));
    }

    /** The REOPENED mark after a reporter's reply on a finished complaint (by the system, a moment after the reply). */
    static WireEvent reopened(Instant replyAt) {
        return new WireEvent(UUID.randomUUID().toString(), EventType.REOPENED, replyAt.plusMillis(1),
                new WireActor(ActorKind.SYSTEM, "LAPOR!"), "", List.of());
    }

    static Status statusBeforeHold(WireComplaint w) {
        if (w.disposedAt() == null) {
            return Status.BELUM_TERVERIFIKASI;
        }
        boolean followedUp = w.events().stream().anyMatch(e -> FOLLOWED_UP.contains(e.knownType()));
        return followedUp ? Status.PROSES : Status.BELUM_DITINDAKLANJUTI;
    }

    private static WireEvent event(EventType type, Instant now, String text) {
        return new WireEvent(UUID.randomUUID().toString(), type, now, new WireActor(ActorKind.ADMIN, SeedWorld.ADMIN_ACTOR), text, List.of());
    }

    private static WireComplaint next(WireComplaint w, Status status, WireEvent event) {
        List<WireEvent> events = new ArrayList<>(w.events());
        events.add(event);
        return new WireComplaint(w.id(), w.trackingId(), w.version() + 1, w.title(), w.body(), w.classification(), w.anonymous(),
                w.confidential(), w.category(), w.channel(), status.name(), w.submittedAt(), w.disposedAt(), w.incidentDate(),
                w.location(), w.agency(), w.unit(), w.reporter(), w.attachments(), events);
    }
}
