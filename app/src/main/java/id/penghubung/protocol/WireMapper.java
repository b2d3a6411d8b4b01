package id.penghubung.protocol;

import id.penghubung.model.ActionType;
import id.penghubung.model.Actor;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Attachment;
import id.penghubung.model.Category;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.GeoPoint;
import id.penghubung.model.Location;
import id.penghubung.model.Reporter;
import id.penghubung.model.TrackingId;
import id.penghubung.model.UnitRef;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.action.NotAuthorized;
import id.penghubung.model.action.Note;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.RequestInfo;
import id.penghubung.model.action.Respond;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Converts between wire types and the domain model. Throws IllegalArgumentException on wire data the model refuses. */
public final class WireMapper {
    private WireMapper() {
    }

    public static Complaint toModel(WireComplaint w) {
        Objects.requireNonNull(w, "complaint");
        require(w.location(), "location");
        require(w.category(), "category");
        // The anonymous rule is the model's too, but drop a reporter the server should never have sent.
        Optional<Reporter> reporter = w.anonymous() ? Optional.empty() : Optional.ofNullable(w.reporter()).map(WireMapper::toModel);
        return new Complaint(
                w.id(),
                new TrackingId(w.trackingId()),
                w.version(),
                w.title(),
                w.body(),
                w.classification(),
                w.anonymous(),
                w.confidential(),
                toModel(w.category()),
                w.channel(),
                w.status(),
                w.submittedAt(),
                Optional.ofNullable(w.disposedAt()),
                Optional.ofNullable(w.incidentDate()),
                toModel(w.location()),
                Optional.ofNullable(w.agency()).map(a -> new AgencyRef(a.id(), a.name())),
                Optional.ofNullable(w.unit()).map(u -> new UnitRef(u.id(), u.agencyId(), u.name())),
                reporter,
                w.attachments().stream().map(WireMapper::toModel).toList(),
                w.events().stream().map(WireMapper::toModel).toList());
    }

    public static WireComplaint toWire(Complaint c) {
        return new WireComplaint(
                c.id(),
                c.trackingId().value(),
                c.version(),
                c.title(),
                c.body(),
                c.classification(),
                c.anonymous(),
                c.confidential(),
                toWire(c.category()),
                c.channel(),
                c.status(),
                c.submittedAt(),
                c.disposedAt().orElse(null),
                c.incidentDate().orElse(null),
                toWire(c.location()),
                c.agency().map(a -> new WireAgency(a.id(), a.name())).orElse(null),
                c.unit().map(u -> new WireUnit(u.id(), u.agencyId(), u.name())).orElse(null),
                c.anonymous() ? null : c.reporter().map(WireMapper::toWire).orElse(null),
                c.attachments().stream().map(WireMapper::toWire).toList(),
                c.events().stream().map(WireMapper::toWire).toList());
    }

    public static Category toModel(WireCategory c) {
        return new Category(c.id(), c.name(), Optional.ofNullable(c.parentId()));
    }

    public static WireCategory toWire(Category c) {
        return new WireCategory(c.id(), c.name(), c.parentId().orElse(null));
    }

    public static Location toModel(WireLocation l) {
        Optional<GeoPoint> point = l.latitude() != null && l.longitude() != null
                ? Optional.of(new GeoPoint(l.latitude(), l.longitude()))
                : Optional.empty();
        return new Location(l.provinceId(), l.province(), l.regency(), l.district(), l.village(), l.detail(), point);
    }

    public static WireLocation toWire(Location l) {
        return new WireLocation(l.provinceId(), l.province(), l.regency(), l.district(), l.village(), l.detail(),
                l.coordinates().map(GeoPoint::latitude).orElse(null),
                l.coordinates().map(GeoPoint::longitude).orElse(null));
    }

    public static Reporter toModel(WireReporter r) {
        return new Reporter(r.name(), Optional.ofNullable(r.phone()), Optional.ofNullable(r.email()), Optional.ofNullable(r.nik()));
    }

    public static WireReporter toWire(Reporter r) {
        return new WireReporter(r.name(), r.phone().orElse(null), r.email().orElse(null), r.nik().orElse(null));
    }

    public static Attachment toModel(WireAttachment a) {
        return new Attachment(a.sha256(), a.fileName(), a.mediaType(), a.size());
    }

    public static WireAttachment toWire(Attachment a) {
        return new WireAttachment(a.sha256(), a.fileName(), a.mediaType(), a.size());
    }

    public static Event toModel(WireEvent e) {
        require(e.actor(), "actor");
        return new Event(e.id(), e.type(), e.at(), new Actor(e.actor().kind(), e.actor().name()), e.text(),
                e.attachments().stream().map(WireMapper::toModel).toList());
    }

    public static WireEvent toWire(Event e) {
        return new WireEvent(e.id(), e.type(), e.at(), new WireActor(e.actor().kind(), e.actor().name()), e.text(),
                e.attachments().stream().map(WireMapper::toWire).toList());
    }

    /** The payload of a wire action as a domain action. Missing payload fields are an IllegalArgumentException. */
    public static OfficerAction toModel(WireAction a) {
        require(a.type(), "type");
        return switch (a.type()) {
            case RESPOND -> new Respond(require(a.text(), "text"), orEmpty(a.attachmentIds()));
            case DISPOSE -> new Dispose(require(a.unitId(), "unitId"), a.note());
            case NOT_AUTHORIZED -> new NotAuthorized(require(a.reason(), "reason"), Optional.ofNullable(a.suggestedAgencyId()));
            case REQUEST_INFO -> new RequestInfo(require(a.question(), "question"));
            case COMPLETE -> new Complete(require(a.text(), "text"), orEmpty(a.attachmentIds()));
            case NOTE -> new Note(require(a.text(), "text"));
        };
    }

    /** A domain action as the wire action to push, with its idempotency key and the version it was based on. */
    public static WireAction toWire(String actionId, String complaintId, long baseVersion, OfficerAction action) {
        ActionType type = action.type();
        return switch (action) {
            case Respond r -> new WireAction(actionId, complaintId, baseVersion, type, r.text(), r.attachmentShas(), null, null, null, null, null);
            case Dispose d -> new WireAction(actionId, complaintId, baseVersion, type, null, null, d.unitId(), d.note(), null, null, null);
            case NotAuthorized n -> new WireAction(actionId, complaintId, baseVersion, type, null, null, null, null, n.reason(),
                    n.suggestedAgencyId().orElse(null), null);
            case RequestInfo q -> new WireAction(actionId, complaintId, baseVersion, type, null, null, null, null, null, null, q.question());
            case Complete c -> new WireAction(actionId, complaintId, baseVersion, type, c.text(), c.attachmentShas(), null, null, null, null, null);
            case Note n -> new WireAction(actionId, complaintId, baseVersion, type, n.text(), null, null, null, null, null, null);
        };
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("Missing " + field);
        }
        return value;
    }
}
