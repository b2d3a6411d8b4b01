package id.penghubung.protocol;

import id.penghubung.model.ActionType;
import id.penghubung.model.Actor;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Attachment;
import id.penghubung.model.Category;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.GeoPoint;
import id.penghubung.model.Location;
import id.penghubung.model.OpenValues;
import id.penghubung.model.Redirect;
import id.penghubung.model.Reporter;
import id.penghubung.model.ReviewStep;
import id.penghubung.model.Status;
import id.penghubung.model.TrackingId;
import id.penghubung.model.UnitRef;
import id.penghubung.model.UnitStep;
import id.penghubung.model.action.Approve;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.Create;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.action.Extend;
import id.penghubung.model.action.Link;
import id.penghubung.model.action.NotAuthorized;
import id.penghubung.model.action.Note;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.RequestInfo;
import id.penghubung.model.action.Respond;
import id.penghubung.model.action.ReturnDraft;
import id.penghubung.model.action.SetTier;
import id.penghubung.model.action.SubmitReview;
import id.penghubung.model.action.UnitOrder;
import id.penghubung.model.action.UnitRemind;
import id.penghubung.model.action.UnitReply;
import id.penghubung.model.action.UnitWithdraw;
import id.penghubung.model.action.Unlink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Converts between wire types and the domain model. Throws IllegalArgumentException on wire data the model refuses. */
public final class WireMapper {
    private static final Logger LOG = LoggerFactory.getLogger(WireMapper.class);
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

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
                open(Classification.class, w.classification(), w.id()),
                w.anonymous(),
                w.confidential(),
                toModel(w.category()),
                open(Channel.class, w.channel(), w.id()),
                open(Status.class, w.status(), w.id()),
                w.submittedAt(),
                Optional.ofNullable(w.disposedAt()),
                Optional.ofNullable(w.incidentDate()),
                toModel(w.location()),
                Optional.ofNullable(w.agency()).map(a -> new AgencyRef(a.id(), a.name())),
                Optional.ofNullable(w.unit()).map(u -> new UnitRef(u.id(), u.agencyId(), u.name())),
                reporter,
                w.attachments().stream().map(WireMapper::toModel).toList(),
                w.events().stream().map(WireMapper::toModel).toList(),
                received(w),
                Optional.ofNullable(w.redirect()).map(r -> new Redirect(
                        new AgencyRef(r.redirectedTo().id(), r.redirectedTo().name()), r.redirectedAt(), r.reason())));
    }

    private static Map<String, String> received(WireComplaint w) {
        Map<String, String> names = new HashMap<>();
        names.put(Complaint.STATUS, w.status());
        names.put(Complaint.CLASSIFICATION, w.classification());
        names.put(Complaint.CHANNEL, w.channel());
        return names;
    }

    /** A value of an open enum; a name this version does not know is {@code OTHER}, logged once per run. */
    private static <E extends Enum<E>> E open(Class<E> type, String name, String recordId) {
        E value = OpenValues.parse(type, require(name, type.getSimpleName()));
        if (value.name().equals(OpenValues.OTHER) && LOGGED.add(type.getSimpleName() + "." + name)) {
            LOG.info("Unknown {} '{}' from the server (first in {}): kept and shown as received", type.getSimpleName(), name, recordId);
        }
        return value;
    }

    public static WireComplaint toWire(Complaint c) {
        return new WireComplaint(
                c.id(),
                c.trackingId().value(),
                c.version(),
                c.title(),
                c.body(),
                c.classificationName(),
                c.anonymous(),
                c.confidential(),
                toWire(c.category()),
                c.channelName(),
                c.statusName(),
                c.submittedAt(),
                c.disposedAt().orElse(null),
                c.incidentDate().orElse(null),
                toWire(c.location()),
                c.agency().map(a -> new WireAgency(a.id(), a.name())).orElse(null),
                c.unit().map(u -> new WireUnit(u.id(), u.agencyId(), u.name())).orElse(null),
                c.anonymous() ? null : c.reporter().map(WireMapper::toWire).orElse(null),
                c.attachments().stream().map(WireMapper::toWire).toList(),
                c.events().stream().map(WireMapper::toWire).toList(),
                c.redirect().map(r -> new WireRedirect(new WireAgency(r.to().id(), r.to().name()), r.at(), r.reason())).orElse(null));
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
        return new Event(e.id(), open(EventType.class, e.type(), e.id()), e.at(), new Actor(e.actor().kind(), e.actor().name()), e.text(),
                e.attachments().stream().map(WireMapper::toModel).toList(), e.type(),
                Optional.ofNullable(e.unitStep()).map(WireMapper::toModel), Optional.ofNullable(e.review()).map(WireMapper::toModel));
    }

    public static ReviewStep toModel(WireReviewStep r) {
        return new ReviewStep(require(r.submissionId(), "review.submissionId"), require(r.answerType(), "review.answerType"),
                Optional.ofNullable(r.suggestedAgencyId()), Optional.ofNullable(r.approvedBy()), Optional.ofNullable(r.authorId()));
    }

    public static WireReviewStep toWire(ReviewStep r) {
        return new WireReviewStep(r.submissionId(), r.answerType(), r.suggestedAgencyId().orElse(null), r.approvedBy().orElse(null),
                r.authorId().orElse(null));
    }

    public static UnitStep toModel(WireUnitStep s) {
        return new UnitStep(require(s.unitId(), "unitStep.unitId"), require(s.unitName(), "unitStep.unitName"),
                Optional.ofNullable(s.dueDate()), Optional.ofNullable(s.answeredBy()), Optional.ofNullable(s.answeredAt()));
    }

    public static WireUnitStep toWire(UnitStep s) {
        return new WireUnitStep(s.unitId(), s.unitName(), s.dueDate().orElse(null), s.answeredBy().orElse(null),
                s.answeredAt().orElse(null));
    }

    public static WireEvent toWire(Event e) {
        return new WireEvent(e.id(), e.typeName(), e.at(), new WireActor(e.actor().kind(), e.actor().name()), e.text(),
                e.attachments().stream().map(WireMapper::toWire).toList(), e.unitStep().map(WireMapper::toWire).orElse(null),
                e.review().map(WireMapper::toWire).orElse(null));
    }

    /** The payload of a wire action as a domain action. Missing payload fields are an IllegalArgumentException. */
    public static OfficerAction toModel(WireAction a) {
        require(a.type(), "type");
        return switch (a.type()) {
            case RESPOND -> new Respond(require(a.text(), "text"), orEmpty(a.attachmentIds()));
            case DISPOSE -> a.units() == null ? new Dispose(require(a.unitId(), "unitId"), a.note())
                    : new Dispose(a.units().stream().map(o -> new UnitOrder(require(o.unitId(), "units.unitId"), o.instruction(),
                            Optional.ofNullable(o.dueDate()))).toList());
            case NOT_AUTHORIZED -> new NotAuthorized(require(a.reason(), "reason"), Optional.ofNullable(a.suggestedAgencyId()));
            case REQUEST_INFO -> new RequestInfo(require(a.question(), "question"));
            case COMPLETE -> new Complete(require(a.text(), "text"), orEmpty(a.attachmentIds()));
            case NOTE -> new Note(require(a.text(), "text"));
            case CREATE -> new Create(require(a.title(), "title"), require(a.body(), "body"), require(a.categoryId(), "categoryId"),
                    Classification.valueOf(require(a.classification(), "classification")),
                    Channel.valueOf(require(a.channel(), "channel")), toModel(require(a.location(), "location")),
                    Boolean.TRUE.equals(a.anonymous()) ? Optional.empty() : Optional.of(toModel(require(a.reporter(), "reporter"))),
                    require(a.receivedAt(), "receivedAt"), orEmpty(a.attachmentIds()));
            case UNIT_REPLY -> new UnitReply(require(a.unitId(), "unitId"), require(a.text(), "text"), orEmpty(a.attachmentIds()),
                    require(a.answeredBy(), "answeredBy"), require(a.answeredAt(), "answeredAt"));
            case UNIT_REMIND -> new UnitRemind(require(a.unitId(), "unitId"), a.note());
            case UNIT_WITHDRAW -> new UnitWithdraw(require(a.unitId(), "unitId"), require(a.reason(), "reason"));
            case SET_TIER -> new SetTier(require(a.tier(), "tier"));
            case EXTEND -> new Extend(require(a.reason(), "reason"));
            case LINK -> new Link(require(a.relatedTrackingId(), "relatedTrackingId"), require(a.relation(), "relation"));
            case UNLINK -> new Unlink(require(a.relatedTrackingId(), "relatedTrackingId"));
            case SUBMIT_REVIEW -> new SubmitReview(require(a.answerType(), "answerType"), require(a.text(), "text"),
                    orEmpty(a.attachmentIds()), Optional.ofNullable(a.suggestedAgencyId()));
            case APPROVE -> new Approve(require(a.submissionId(), "submissionId"));
            case RETURN -> new ReturnDraft(require(a.submissionId(), "submissionId"), require(a.note(), "note"));
        };
    }

    /** A domain action as the wire action to push, with its idempotency key and the version it was based on. */
    public static WireAction toWire(String actionId, String complaintId, long baseVersion, OfficerAction action) {
        ActionType type = action.type();
        return switch (action) {
            case Respond r -> new WireAction(actionId, complaintId, baseVersion, type, r.text(), r.attachmentShas(), null, null, null, null, null);
            // One unit without a due date of its own goes in the older form: an action queued (and perhaps
            // already applied) before issue 20 keeps the body the server hashed for its dedupe.
            case Dispose d when d.isSingleUnitForm() ->
                    new WireAction(actionId, complaintId, baseVersion, type, null, null, d.unitId(), d.note(), null, null, null);
            case Dispose d -> new WireAction(actionId, complaintId, baseVersion, type, null, null, null, null, null, null, null,
                    d.units().stream().map(o -> new WireUnitOrder(o.unitId(), o.instruction(), o.dueDate().orElse(null))).toList(),
                    null, null);
            case NotAuthorized n -> new WireAction(actionId, complaintId, baseVersion, type, null, null, null, null, n.reason(),
                    n.suggestedAgencyId().orElse(null), null);
            case RequestInfo q -> new WireAction(actionId, complaintId, baseVersion, type, null, null, null, null, null, null, q.question());
            case Complete c -> new WireAction(actionId, complaintId, baseVersion, type, c.text(), c.attachmentShas(), null, null, null, null, null);
            case Note n -> new WireAction(actionId, complaintId, baseVersion, type, n.text(), null, null, null, null, null, null);
            case Create k -> new WireAction(actionId, complaintId, baseVersion, type, null, k.attachmentShas(), null, null, null, null,
                    null, k.title(), k.body(), k.categoryId(), k.classification().name(), k.channel().name(), toWire(k.location()),
                    k.anonymous(), k.reporter().map(WireMapper::toWire).orElse(null), k.receivedAt());
            case UnitReply r -> new WireAction(actionId, complaintId, baseVersion, type, r.text(), r.attachmentShas(), r.unitId(), null,
                    null, null, null, null, r.answeredBy(), r.answeredAt());
            case UnitRemind r -> new WireAction(actionId, complaintId, baseVersion, type, null, null, r.unitId(),
                    r.note().isEmpty() ? null : r.note(), null, null, null);
            case UnitWithdraw w -> new WireAction(actionId, complaintId, baseVersion, type, null, null, w.unitId(), null, w.reason(),
                    null, null);
            case SetTier t -> new WireAction(actionId, complaintId, baseVersion, type, null, null, null, null, null, null, null, t.tier());
            case Extend x -> new WireAction(actionId, complaintId, baseVersion, type, null, null, null, null, x.reason(), null, null);
            case Link l -> WireAction.link(actionId, complaintId, baseVersion, l.relatedTrackingId(), l.relation());
            case Unlink u -> WireAction.link(actionId, complaintId, baseVersion, u.relatedTrackingId(), null);
            case SubmitReview r -> WireAction.submitReview(actionId, complaintId, baseVersion, r.answerType(), r.text(),
                    r.answerType() == ActionType.NOT_AUTHORIZED ? null : r.attachmentShas(), r.suggestedAgencyId().orElse(null));
            case Approve a -> WireAction.review(actionId, complaintId, baseVersion, type, a.submissionId(), null);
            case ReturnDraft r -> WireAction.review(actionId, complaintId, baseVersion, type, r.submissionId(), r.note());
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
