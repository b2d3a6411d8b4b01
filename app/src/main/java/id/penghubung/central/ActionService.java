package id.penghubung.central;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.penghubung.model.ActionType;
import id.penghubung.model.ActorKind;
import id.penghubung.model.EventType;
import id.penghubung.model.Role;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.Endpoints;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireUnit;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Applies pushed actions: exactly once (the dedupe record is written in the same transaction as the
 * change), with optimistic concurrency on baseVersion, per-field validation and role scope.
 *
 * <p>Conflict rule: an action conflicts when the complaint changed since baseVersion by someone
 * else — an admin or seed change, or an action of another account. The caller's own applied
 * actions do not count, so a client may push a queue of actions all based on the version it last
 * pulled. NOT_AUTHORIZED keeps the complaint in the agency's scope with its status unchanged until
 * an admin redirects it.
 */
final class ActionService {
    static final int MAX_ACTIONS = Endpoints.MAX_ACTIONS_PER_REQUEST;
    static final int MAX_TEXT = 10_000;
    static final int MAX_ATTACHMENTS = 20;
    static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final CentralDatabase db;
    private final Clock clock;
    private final UnitActions units = new UnitActions(WorkingCalendar.bundled());

    private final ReviewActions reviews;

    ActionService(CentralDatabase db, Clock clock, Set<String> reviewedAgencies) {
        this.db = db;
        this.clock = clock;
        this.reviews = new ReviewActions(reviewedAgencies);
    }

    List<ActionResult> apply(Principal caller, List<WireAction> actions) throws SQLException {
        return db.write(c -> {
            List<ActionResult> results = new ArrayList<>();
            for (WireAction action : actions) {
                results.add(applyOne(c, caller, action));
            }
            return results;
        });
    }

    private ActionResult applyOne(Connection c, Principal caller, WireAction a) throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>();
        if (a.actionId() == null || !isUuid(a.actionId())) {
            fields.put("actionId", "required, a UUID");
        }
        if (a.complaintId() == null || !ID.matcher(a.complaintId()).matches()) {
            fields.put("complaintId", "required, letters, digits and '-' only");
        }
        if (a.baseVersion() == null || a.baseVersion() < 0) {
            fields.put("baseVersion", "required, not negative");
        }
        if (a.type() == null) {
            fields.put("type", "required");
        }
        if (!fields.isEmpty()) {
            return rejected(a, new ApiError(ErrorCodes.VALIDATION_FAILED, "Invalid action", fields));
        }
        // The role first: a read-only account learns nothing from replaying someone's action ID.
        if (caller.role() == Role.OMBUDSMAN) {
            return rejected(a, ApiError.of(ErrorCodes.ROLE_READ_ONLY, "An Ombudsman account is read-only"));
        }
        String hash = bodyHash(a);
        Optional<ComplaintStore.StoredAction> earlier = ComplaintStore.findAction(c, a.actionId());
        if (earlier.isPresent()) {
            // Another account's action is never this caller's duplicate: its version and complaint stay hidden.
            if (!earlier.get().bodyHash().equals(hash) || !earlier.get().userId().equals(caller.userId())) {
                return rejected(a, ApiError.of(ErrorCodes.ACTION_ID_REUSED, "This actionId was used for a different action"));
            }
            Optional<ComplaintRecord> now = ComplaintStore.find(c, earlier.get().complaintId());
            return new ActionResult(a.actionId(), ActionOutcome.DUPLICATE, earlier.get().version(),
                    now.filter(r -> r.inScope(caller)).map(r -> r.viewFor(caller)).orElse(null), null);
        }
        if (a.type() == ActionType.CREATE) {
            return IntakeActions.create(c, caller, a, hash, clock.instant(), db);
        }
        Optional<ComplaintRecord> found = ComplaintStore.find(c, a.complaintId());
        if (found.isEmpty()) {
            return rejected(a, new ApiError(ErrorCodes.NOT_FOUND, "Unknown complaint", Map.of("complaintId", "unknown")));
        }
        ComplaintRecord record = found.get();
        if (!record.inScope(caller) || record.agencyId().isEmpty()) {
            return rejected(a, new ApiError(ErrorCodes.OUT_OF_SCOPE, "Complaint is not disposed to your agency",
                    Map.of("complaintId", "out of scope")));
        }
        Optional<ApiError> byPolicy = reviews.refusal(c, caller, a, record);
        if (byPolicy.isPresent()) {
            return rejected(a, byPolicy.get());
        }
        long base = a.baseVersion();
        if (base > record.version()) {
            return rejected(a, new ApiError(ErrorCodes.VALIDATION_FAILED, "baseVersion is newer than the complaint",
                    Map.of("baseVersion", "greater than the current version " + record.version())));
        }
        if (base < record.version()
                && (base < record.lastForeignVersion() || ComplaintStore.changedByOthersSince(c, record.id(), base, caller.userId()))) {
            return new ActionResult(a.actionId(), ActionOutcome.CONFLICT, record.version(), record.viewFor(caller),
                    ApiError.of(ErrorCodes.VERSION_CONFLICT, "The complaint changed since version " + base));
        }
        Map<String, String> invalid = validatePayload(c, a, record);
        if (!invalid.isEmpty()) {
            return rejected(a, new ApiError(ErrorCodes.VALIDATION_FAILED, "Invalid action", invalid));
        }
        Status status = record.wire().knownStatus();
        if (a.type() != ActionType.NOTE && !LinkActions.isLink(a.type()) && (status != Status.BELUM_DITINDAKLANJUTI && status != Status.PROSES)) {
            return rejected(a, ApiError.of(ErrorCodes.STATUS_NOT_ALLOWED, a.type() + " is not allowed in status " + status));
        }
        Optional<ApiError> refused = RuleActions.refusal(a, record.wire());
        if (refused.isPresent()) {
            return rejected(a, refused.get());
        }
        ComplaintRecord updated = applyChange(c, caller, a, record);
        ComplaintStore.update(c, updated, db);
        ComplaintStore.insertAction(c, new ComplaintStore.StoredAction(a.actionId(), record.id(), hash, a.type(),
                caller.userId(), clock.instant(), updated.version()));
        return new ActionResult(a.actionId(), ActionOutcome.APPLIED, updated.version(), updated.viewFor(caller), null);
    }

    private Map<String, String> validatePayload(Connection c, WireAction a, ComplaintRecord record) throws SQLException {
        Map<String, String> f = new LinkedHashMap<>();
        ActionType t = a.type();
        boolean usesText = t == ActionType.RESPOND || t == ActionType.COMPLETE || t == ActionType.NOTE || t == ActionType.UNIT_REPLY
                || t == ActionType.SUBMIT_REVIEW;
        boolean usesAttachments = t == ActionType.RESPOND || t == ActionType.COMPLETE || t == ActionType.UNIT_REPLY
                || t == ActionType.SUBMIT_REVIEW;
        notAllowed(f, "text", a.text(), !usesText, t);
        notAllowed(f, "attachmentIds", a.attachmentIds(), !usesAttachments, t);
        notAllowed(f, "unitId", a.unitId(), !UnitActions.handles(t), t);
        notAllowed(f, "note", a.note(), t != ActionType.DISPOSE && t != ActionType.UNIT_REMIND && t != ActionType.RETURN, t);
        notAllowed(f, "reason", a.reason(), t != ActionType.NOT_AUTHORIZED && t != ActionType.UNIT_WITHDRAW && t != ActionType.EXTEND, t);
        notAllowed(f, "units", a.units(), t != ActionType.DISPOSE, t);
        notAllowed(f, "answeredBy", a.answeredBy(), t != ActionType.UNIT_REPLY, t);
        notAllowed(f, "answeredAt", a.answeredAt(), t != ActionType.UNIT_REPLY, t);
        notAllowed(f, "suggestedAgencyId", a.suggestedAgencyId(), t != ActionType.NOT_AUTHORIZED && t != ActionType.SUBMIT_REVIEW, t);
        notAllowed(f, "answerType", a.answerType(), t != ActionType.SUBMIT_REVIEW, t);
        notAllowed(f, "submissionId", a.submissionId(), t != ActionType.APPROVE && t != ActionType.RETURN, t);
        notAllowed(f, "question", a.question(), t != ActionType.REQUEST_INFO, t);
        IntakeActions.refuseCreateFields(f, a);
        RuleActions.validate(f, a);
        LinkActions.validate(c, a, record.wire(), f);
        if (usesText) {
            text(f, "text", a.text());
        }
        if (usesAttachments && a.attachmentIds() != null) {
            if (a.attachmentIds().size() > MAX_ATTACHMENTS) {
                f.put("attachmentIds", "at most " + MAX_ATTACHMENTS);
            } else {
                for (int i = 0; i < a.attachmentIds().size(); i++) {
                    String sha = a.attachmentIds().get(i);
                    if (sha == null || !SHA256.matcher(sha).matches()) {
                        f.put("attachmentIds[" + i + "]", "not a lower-case SHA-256");
                    } else if (ComplaintStore.findAttachment(c, sha).isEmpty()) {
                        f.put("attachmentIds[" + i + "]", "not uploaded");
                    }
                }
            }
        }
        switch (t) {
            case DISPOSE, UNIT_REPLY, UNIT_REMIND, UNIT_WITHDRAW -> units.validate(f, a, record, clock.instant());
            case NOT_AUTHORIZED -> {
                text(f, "reason", a.reason());
                if (a.suggestedAgencyId() != null) {
                    if (Catalog.agency(a.suggestedAgencyId()).isEmpty()) {
                        f.put("suggestedAgencyId", "unknown institution");
                    } else if (record.agencyId().orElse("").equals(a.suggestedAgencyId())) {
                        f.put("suggestedAgencyId", "is the complaint's own agency");
                    }
                }
            }
            case REQUEST_INFO -> text(f, "question", a.question());
            case SUBMIT_REVIEW, APPROVE, RETURN -> reviews.validate(f, a, record);
            default -> {
                // text and attachments are checked above.
            }
        }
        return f;
    }

    private static void notAllowed(Map<String, String> f, String field, Object value, boolean forbidden, ActionType type) {
        if (forbidden && value != null) {
            f.put(field, "not allowed for " + type);
        }
    }

    private static void text(Map<String, String> f, String field, String value) {
        if (value == null || value.isBlank()) {
            f.put(field, "required, not empty");
        } else if (value.length() > MAX_TEXT) {
            f.put(field, "at most " + MAX_TEXT + " characters");
        }
    }

    private ComplaintRecord applyChange(Connection c, Principal caller, WireAction a, ComplaintRecord record) throws SQLException {
        WireComplaint w = record.wire();
        WireActor actor = new WireActor(caller.role() == Role.ADMIN ? ActorKind.ADMIN : ActorKind.OFFICER, caller.name());
        Instant now = clock.instant();
        Status status = w.knownStatus();
        WireUnit unit = w.unit();
        Map<String, String> notes = new HashMap<>(record.noteAgencies());
        List<WireAttachment> files = new ArrayList<>();
        if (a.attachmentIds() != null) {
            for (String sha : a.attachmentIds()) {
                files.add(ComplaintStore.findAttachment(c, sha).orElseThrow());
            }
        }
        List<WireEvent> events = new ArrayList<>(w.events());
        if (UnitActions.handles(a.type())) {
            events.addAll(units.events(a, record, actor, now, files));
            if (a.type() == ActionType.DISPOSE) {
                status = Status.PROSES;
                unit = UnitActions.firstUnit(a).orElseThrow().wire();
            }
            return next(record, w, status, unit, events, notes);
        }
        if (ReviewActions.handles(a.type())) {
            // The review's own events are internal (visible to the agency, like a NOTE); an approved answer is public.
            for (WireEvent e : reviews.events(a, w, actor, caller.userId(), now, files)) {
                if (ReviewActions.EVENTS.contains(e.knownType())) {
                    notes.put(e.id(), record.agencyId().orElseThrow());
                }
                events.add(e);
            }
            return next(record, w, ReviewActions.statusAfter(a, w, status), unit, events, notes);
        }
        WireEvent event = switch (a.type()) {
            case RESPOND -> {
                status = Status.PROSES;
                yield new WireEvent(a.actionId(), EventType.RESPONDED, now, actor, a.text(), files);
            }
            case NOT_AUTHORIZED -> new WireEvent(a.actionId(), EventType.NOT_AUTHORIZED, now, actor, a.reason(), List.of());
            case REQUEST_INFO -> {
                status = Status.PROSES;
                yield new WireEvent(a.actionId(), EventType.INFO_REQUESTED, now, actor, a.question(), List.of());
            }
            case COMPLETE -> {
                status = Status.SELESAI;
                yield new WireEvent(a.actionId(), EventType.COMPLETED, now, actor, a.text(), files);
            }
            case NOTE -> {
                notes.put(a.actionId(), record.agencyId().orElseThrow());
                yield new WireEvent(a.actionId(), EventType.NOTE, now, actor, a.text(), List.of());
            }
            case LINK, UNLINK -> LinkActions.event(a, w, now, actor);
            case SET_TIER, EXTEND -> RuleActions.event(a, actor, now);
            case CREATE -> throw new IllegalStateException("CREATE is applied by IntakeActions");
            default -> throw new IllegalArgumentException(a.type().name());
        };
        events.add(event);
        return next(record, w, status, unit, events, notes);
    }

    private static ComplaintRecord next(ComplaintRecord record, WireComplaint w, Status status, WireUnit unit, List<WireEvent> events,
            Map<String, String> notes) {
        WireComplaint next = new WireComplaint(w.id(), w.trackingId(), w.version() + 1, w.title(), w.body(), w.classification(),
                w.anonymous(), w.confidential(), w.category(), w.channel(), status.name(), w.submittedAt(), w.disposedAt(),
                w.incidentDate(), w.location(), w.agency(), unit, w.reporter(), w.attachments(), events);
        return new ComplaintRecord(next, notes, record.lastForeignVersion());
    }

    private static ActionResult rejected(WireAction a, ApiError error) {
        return new ActionResult(a.actionId(), ActionOutcome.REJECTED, null, null, error);
    }

    private static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** SHA-256 of the action's canonical JSON (fixed property order, nulls left out). */
    static String bodyHash(WireAction a) {
        try {
            byte[] canonical = Json.lenient().writeValueAsBytes(a);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
