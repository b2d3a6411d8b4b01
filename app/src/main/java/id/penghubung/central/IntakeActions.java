package id.penghubung.central;

import id.penghubung.model.ActionType;
import id.penghubung.model.ActorKind;
import id.penghubung.model.Classification;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.action.Create;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireCategory;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireLocation;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CREATE action (issue 20): a complaint the agency received by phone, letter or at the counter,
 * entered by one of its officers. Runs inside the action transaction of {@link ActionService}, so the
 * tracking ID is assigned exactly once together with the dedupe record: a replay is a DUPLICATE with
 * the same complaint. The complaint starts disposed to the officer's agency, received at
 * {@code receivedAt} (its deadlines count from there).
 */
final class IntakeActions {
    static final int MAX_TITLE = 300;
    /** How far a client clock may run ahead before {@code receivedAt} counts as "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private IntakeActions() {
    }

    /** Refuses the CREATE-only fields on every other type. */
    static void refuseCreateFields(Map<String, String> f, WireAction a) {
        Object[] values = {a.title(), a.body(), a.categoryId(), a.classification(), a.channel(), a.location(), a.anonymous(),
            a.reporter(), a.receivedAt()};
        String[] names = {"title", "body", "categoryId", "classification", "channel", "location", "anonymous", "reporter",
            "receivedAt"};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                f.put(names[i], "not allowed for " + a.type());
            }
        }
    }

    static ActionResult create(Connection c, Principal caller, WireAction a, String hash, Instant now, CentralDatabase db)
            throws SQLException {
        if (!caller.role().actsForAgency() || caller.agencyId().isEmpty()) {
            return rejected(a, new ApiError(ErrorCodes.OUT_OF_SCOPE, "Only an agency's officer enters a complaint for it",
                    Map.of("type", "CREATE needs an officer account of an agency")));
        }
        Map<String, String> f = validate(c, a, now);
        if (f.isEmpty() && ComplaintStore.find(c, a.complaintId()).isPresent()) {
            f.put("complaintId", "already used");
        }
        if (!f.isEmpty()) {
            return rejected(a, new ApiError(ErrorCodes.VALIDATION_FAILED, "Invalid action", f));
        }
        Catalog.Agency agency = Catalog.agency(caller.agencyId().get()).orElseThrow();
        List<WireAttachment> files = new ArrayList<>();
        for (String sha : a.attachmentIds() == null ? List.<String>of() : a.attachmentIds()) {
            files.add(ComplaintStore.findAttachment(c, sha).orElseThrow());
        }
        boolean anonymous = Boolean.TRUE.equals(a.anonymous());
        WireLocation loc = a.location();
        WireLocation location = new WireLocation(loc.provinceId(), Catalog.province(loc.provinceId()).orElseThrow().name(),
                loc.regency(), loc.district(), loc.village(), loc.detail(), loc.latitude(), loc.longitude());
        WireActor officer = new WireActor(ActorKind.OFFICER, caller.name());
        String reporterName = anonymous ? SeedWorld.REPORTER_ANONYMOUS : a.reporter().name();
        List<WireEvent> events = List.of(
                new WireEvent(a.actionId() + "-submitted", EventType.SUBMITTED, a.receivedAt(),
                        new WireActor(ActorKind.REPORTER, reporterName), "", files),
                new WireEvent(a.actionId(), EventType.DISPOSED, now, officer, agency.name(), List.of()));
        String tracking = Long.toString(Math.max(3_000_000L, ComplaintStore.maxTrackingNumber(c) + 1));
        WireComplaint w = new WireComplaint(a.complaintId(), tracking, 1, a.title().strip(), a.body().strip(),
                a.classification(), anonymous, false, Catalog.category(a.categoryId()).orElseThrow(), a.channel(),
                Status.BELUM_DITINDAKLANJUTI.name(), a.receivedAt(), now, null, location, agency.wire(), null,
                anonymous ? null : a.reporter(), files, events);
        ComplaintRecord record = new ComplaintRecord(w, Map.of(), 0);
        ComplaintStore.insert(c, List.of(record), db);
        ComplaintStore.insertAction(c, new ComplaintStore.StoredAction(a.actionId(), w.id(), hash, ActionType.CREATE,
                caller.userId(), now, w.version()));
        return new ActionResult(a.actionId(), ActionOutcome.APPLIED, w.version(), record.viewFor(caller), null);
    }

    private static Map<String, String> validate(Connection c, WireAction a, Instant now) throws SQLException {
        Map<String, String> f = new LinkedHashMap<>();
        for (String other : List.of("text", "unitId", "note", "reason", "suggestedAgencyId", "question")) {
            Object value = switch (other) {
                case "text" -> a.text();
                case "unitId" -> a.unitId();
                case "note" -> a.note();
                case "reason" -> a.reason();
                case "suggestedAgencyId" -> a.suggestedAgencyId();
                default -> a.question();
            };
            if (value != null) {
                f.put(other, "not allowed for CREATE");
            }
        }
        if (a.baseVersion() != 0) {
            f.put("baseVersion", "0 for CREATE");
        }
        text(f, "title", a.title(), MAX_TITLE);
        text(f, "body", a.body(), ActionService.MAX_TEXT);
        Optional<WireCategory> category = a.categoryId() == null ? Optional.empty() : Catalog.category(a.categoryId());
        if (category.isEmpty()) {
            f.put("categoryId", "unknown category");
        }
        if (a.classification() == null || !known(Classification.class, a.classification())
                || Classification.OTHER.name().equals(a.classification())) {
            f.put("classification", "one of PENGADUAN, ASPIRASI, PERMINTAAN_INFORMASI");
        }
        if (a.channel() == null || Create.CHANNELS.stream().noneMatch(ch -> ch.name().equals(a.channel()))) {
            f.put("channel", "one of " + Create.CHANNELS);
        }
        WireLocation loc = a.location();
        if (loc == null || loc.provinceId() == null || Catalog.province(loc.provinceId()).isEmpty()) {
            f.put("location.provinceId", "unknown province");
        } else if ((loc.latitude() == null) != (loc.longitude() == null)
                || (loc.latitude() != null && (Math.abs(loc.latitude()) > 90 || Math.abs(loc.longitude()) > 180))) {
            f.put("location", "latitude and longitude both absent or both valid");
        }
        if (a.anonymous() == null) {
            f.put("anonymous", "required");
        } else if (a.anonymous() && a.reporter() != null) {
            f.put("reporter", "must be absent on an anonymous complaint");
        } else if (!a.anonymous() && (a.reporter() == null || a.reporter().name() == null || a.reporter().name().isBlank())) {
            f.put("reporter.name", "required unless anonymous");
        }
        RecordLimits.check(f, loc, a.reporter());
        if (a.receivedAt() == null) {
            f.put("receivedAt", "required");
        } else if (a.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
            f.put("receivedAt", "in the future");
        }
        List<String> shas = a.attachmentIds() == null ? List.of() : a.attachmentIds();
        if (shas.size() > ActionService.MAX_ATTACHMENTS) {
            f.put("attachmentIds", "at most " + ActionService.MAX_ATTACHMENTS);
        } else {
            for (int i = 0; i < shas.size(); i++) {
                String sha = shas.get(i);
                if (sha == null || !ActionService.SHA256.matcher(sha).matches()) {
                    f.put("attachmentIds[" + i + "]", "not a lower-case SHA-256");
                } else if (ComplaintStore.findAttachment(c, sha).isEmpty()) {
                    f.put("attachmentIds[" + i + "]", "not uploaded");
                }
            }
        }
        return f;
    }

    private static <E extends Enum<E>> boolean known(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
    }

    private static void text(Map<String, String> f, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            f.put(field, "required, not empty");
        } else if (value.length() > max) {
            f.put(field, "at most " + max + " characters");
        }
    }

    private static ActionResult rejected(WireAction a, ApiError error) {
        return new ActionResult(a.actionId(), ActionOutcome.REJECTED, null, null, error);
    }
}
