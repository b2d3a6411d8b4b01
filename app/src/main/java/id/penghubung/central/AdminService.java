package id.penghubung.central;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Classification;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.protocol.AdminArchiveRequest;
import id.penghubung.protocol.AdminDisposeRequest;
import id.penghubung.protocol.AdminNewComplaint;
import id.penghubung.protocol.AdminRedirectRequest;
import id.penghubung.protocol.AdminReplyRequest;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.AppliedAction;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireAgency;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireCategory;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireLocation;
import id.penghubung.protocol.WireRedirect;
import id.penghubung.protocol.WireUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The admin's moves in the simulated world. Each is a change by someone other than the officers (a "foreign" version). */
final class AdminService {
    private final CentralDatabase db;
    private final Clock clock;

    AdminService(CentralDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    WireComplaint create(AdminNewComplaint r) throws SQLException {
        Map<String, String> f = new LinkedHashMap<>();
        text(f, "title", r.title(), 300);
        text(f, "body", r.body(), ActionService.MAX_TEXT);
        if (r.classification() == null) {
            f.put("classification", "required");
        }
        if (r.channel() == null) {
            f.put("channel", "required");
        }
        Optional<WireCategory> category = Catalog.category(r.categoryId());
        if (category.isEmpty()) {
            f.put("categoryId", "unknown category");
        }
        WireLocation loc = r.location();
        if (loc == null || loc.provinceId() == null || Catalog.province(loc.provinceId()).isEmpty()) {
            f.put("location.provinceId", "unknown province");
        } else if ((loc.latitude() == null) != (loc.longitude() == null)
                || (loc.latitude() != null && (Math.abs(loc.latitude()) > 90 || Math.abs(loc.longitude()) > 180))) {
            f.put("location", "latitude and longitude both absent or both valid");
        }
        if (r.anonymous() && r.reporter() != null) {
            f.put("reporter", "must be absent on an anonymous complaint");
        }
        if (!r.anonymous() && (r.reporter() == null || r.reporter().name() == null || r.reporter().name().isBlank())) {
            f.put("reporter.name", "required unless anonymous");
        }
        RecordLimits.check(f, loc, r.reporter());
        if (!f.isEmpty()) {
            throw invalid(f);
        }
        return db.write(c -> {
            List<WireAttachment> files = attachments(c, r.attachmentIds());
            Instant now = clock.instant();
            String id = UUID.randomUUID().toString();
            String tracking = Long.toString(Math.max(3_000_000L, ComplaintStore.maxTrackingNumber(c) + 1));
            WireLocation location = new WireLocation(loc.provinceId(), Catalog.province(loc.provinceId()).orElseThrow().name(),
                    loc.regency(), loc.district(), loc.village(), loc.detail(), loc.latitude(), loc.longitude());
            String reporterName = r.anonymous() ? SeedWorld.REPORTER_ANONYMOUS : r.reporter().name();
            WireEvent submitted = new WireEvent(shortId(), EventType.SUBMITTED, now, new WireActor(ActorKind.REPORTER, reporterName), "", files);
            WireComplaint w = new WireComplaint(id, tracking, 1, r.title().strip(), r.body().strip(), r.classification(),
                    r.anonymous(), r.confidential() || r.classification() == Classification.WBS, category.get(), r.channel(), Status.BELUM_TERVERIFIKASI, now, null,
                    r.incidentDate(), location, null, null, r.anonymous() ? null : r.reporter(), files, List.of(submitted));
            ComplaintStore.insert(c, List.of(new ComplaintRecord(w, Map.of(), 1)), db);
            return w;
        });
    }

    WireComplaint dispose(String id, AdminDisposeRequest r) throws SQLException {
        Optional<Catalog.Agency> agency = Catalog.agency(r.agencyId());
        Map<String, String> f = new LinkedHashMap<>();
        if (agency.isEmpty()) {
            f.put("agencyId", "unknown agency");
        } else if (r.unitId() != null && Catalog.unit(r.unitId()).filter(u -> u.agencyId().equals(r.agencyId())).isEmpty()) {
            f.put("unitId", "not a unit of that agency");
        }
        if (!f.isEmpty()) {
            throw invalid(f);
        }
        return change(id, List.of(Status.BELUM_TERVERIFIKASI), (c, w, now) -> {
            List<WireEvent> events = new ArrayList<>(w.events());
            events.add(new WireEvent(shortId(), EventType.VERIFIED, now, admin(), "", List.of()));
            events.add(new WireEvent(shortId(), EventType.DISPOSED, now.plusMillis(1), admin(),
                    r.note() == null || r.note().isBlank() ? agency.get().name() : r.note(), List.of()));
            boolean anonymous = r.anonymous() != null ? r.anonymous() : w.anonymous();
            WireUnit unit = r.unitId() == null ? null : Catalog.unit(r.unitId()).orElseThrow().wire();
            return with(w, Status.BELUM_DITINDAKLANJUTI, now, agency.get().wire(), unit, anonymous,
                    r.confidential() != null ? r.confidential() : w.confidential(), events);
        });
    }

    WireComplaint reply(String id, AdminReplyRequest r) throws SQLException {
        Map<String, String> f = new LinkedHashMap<>();
        text(f, "text", r.text(), ActionService.MAX_TEXT);
        if (!f.isEmpty()) {
            throw invalid(f);
        }
        return change(id, List.of(Status.BELUM_DITINDAKLANJUTI, Status.PROSES, Status.SELESAI), (c, w, now) -> {
            List<WireEvent> events = new ArrayList<>(w.events());
            String name = w.anonymous() ? SeedWorld.REPORTER_ANONYMOUS : w.reporter().name();
            events.add(new WireEvent(shortId(), EventType.REPORTER_REPLIED, now, new WireActor(ActorKind.REPORTER, name),
                    r.text(), attachments(c, r.attachmentIds())));
            // A reply on a finished report reopens it: the reporter is not satisfied yet.
            Status status = w.knownStatus() == Status.SELESAI ? Status.PROSES : w.knownStatus();
            if (w.knownStatus() == Status.SELESAI) {
                events.add(AdminHolds.reopened(now));
            }
            return with(w, status, w.disposedAt(), w.agency(), w.unit(), w.anonymous(), w.confidential(), events);
        });
    }

    WireComplaint archive(String id, AdminArchiveRequest r) throws SQLException {
        Map<String, String> f = new LinkedHashMap<>();
        text(f, "reason", r.reason(), ActionService.MAX_TEXT);
        if (!f.isEmpty()) {
            throw invalid(f);
        }
        return change(id, List.of(Status.BELUM_TERVERIFIKASI, Status.BELUM_DITINDAKLANJUTI, Status.PROSES, Status.SELESAI), (c, w, now) -> {
            List<WireEvent> events = new ArrayList<>(w.events());
            events.add(new WireEvent(shortId(), EventType.ARCHIVED, now, admin(), r.reason(), List.of()));
            return with(w, Status.ARSIP, w.disposedAt(), w.agency(), w.unit(), w.anonymous(), w.confidential(), events);
        });
    }

    WireComplaint redirect(String id, AdminRedirectRequest r) throws SQLException {
        Optional<Catalog.Agency> agency = Catalog.agency(r.agencyId());
        Map<String, String> f = new LinkedHashMap<>();
        if (agency.isEmpty()) {
            f.put("agencyId", "unknown agency");
        }
        text(f, "reason", r.reason(), ActionService.MAX_TEXT);
        if (!f.isEmpty()) {
            throw invalid(f);
        }
        return change(id, List.of(Status.BELUM_DITINDAKLANJUTI, Status.PROSES), (c, w, now) -> {
            if (w.agency() != null && w.agency().id().equals(r.agencyId())) {
                throw invalid(Map.of("agencyId", "already the complaint's agency"));
            }
            List<WireEvent> events = new ArrayList<>(w.events());
            events.add(new WireEvent(shortId(), EventType.REDIRECTED, now, admin(), agency.get().name() + ": " + r.reason(), List.of()));
            WireComplaint next = with(w, Status.BELUM_DITINDAKLANJUTI, now, agency.get().wire(), null, w.anonymous(), w.confidential(), events);
            if (w.agency() != null) {
                // The old agency keeps a last copy, read-only, instead of losing the complaint (RedirectKeptTest).
                ComplaintStore.insertRemoval(c, w.id(), w.agency().id(), RedirectCopies.lastCopy(c, next, w.agency().id(),
                        new WireRedirect(agency.get().wire(), now, r.reason())), db);
            }
            return next;
        });
    }

    List<AppliedAction> actions(String id) throws SQLException {
        return db.read(c -> {
            if (ComplaintStore.find(c, id).isEmpty()) {
                throw new RequestException(404, ErrorCodes.NOT_FOUND, "Unknown complaint");
            }
            return ComplaintStore.actionsOf(c, id);
        });
    }

    Optional<WireComplaint> get(String id) throws SQLException {
        return db.read(c -> ComplaintStore.find(c, id).map(ComplaintRecord::wire));
    }

    @FunctionalInterface
    interface Change {
        WireComplaint apply(Connection c, WireComplaint current, Instant now) throws SQLException;
    }

    WireComplaint change(String id, List<Status> allowed, Change change) throws SQLException {
        return db.write(c -> {
            ComplaintRecord record = ComplaintStore.find(c, id)
                    .orElseThrow(() -> new RequestException(404, ErrorCodes.NOT_FOUND, "Unknown complaint"));
            if (!allowed.contains(record.wire().knownStatus())) {
                throw new RequestException(400, ErrorCodes.STATUS_NOT_ALLOWED, "Not allowed in status " + record.wire().status());
            }
            WireComplaint next = change.apply(c, record.wire(), clock.instant());
            ComplaintRecord updated = new ComplaintRecord(next, record.noteAgencies(), next.version());
            ComplaintStore.update(c, updated, db);
            return next;
        });
    }

    /** The next version of a complaint; making it anonymous drops the stored reporter for good. */
    private static WireComplaint with(WireComplaint w, Status status, Instant disposedAt, WireAgency agency, WireUnit unit,
            boolean anonymous, boolean confidential, List<WireEvent> events) {
        return new WireComplaint(w.id(), w.trackingId(), w.version() + 1, w.title(), w.body(), w.classification(), anonymous,
                confidential, w.category(), w.channel(), status.name(), w.submittedAt(), disposedAt, w.incidentDate(), w.location(),
                agency, unit, anonymous ? null : w.reporter(), w.attachments(), anonymize(events, anonymous));
    }

    private static List<WireEvent> anonymize(List<WireEvent> events, boolean anonymous) {
        if (!anonymous) {
            return events;
        }
        return events.stream().map(e -> e.actor().kind() == ActorKind.REPORTER
                ? new WireEvent(e.id(), e.type(), e.at(), new WireActor(ActorKind.REPORTER, SeedWorld.REPORTER_ANONYMOUS), e.text(), e.attachments())
                : e).toList();
    }

    private static List<WireAttachment> attachments(Connection c, List<String> ids) throws SQLException {
        List<WireAttachment> files = new ArrayList<>();
        if (ids == null) {
            return files;
        }
        for (int i = 0; i < ids.size(); i++) {
            String sha = ids.get(i);
            Optional<WireAttachment> meta = sha == null ? Optional.empty() : ComplaintStore.findAttachment(c, sha);
            if (meta.isEmpty()) {
                throw invalid(Map.of("attachmentIds[" + i + "]", "not uploaded"));
            }
            files.add(meta.get());
        }
        return files;
    }

    private static WireActor admin() {
        return new WireActor(ActorKind.ADMIN, SeedWorld.ADMIN_ACTOR);
    }

    private static String shortId() {
        return UUID.randomUUID().toString();
    }

    private static void text(Map<String, String> f, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            f.put(field, "required, not empty");
        } else if (value.length() > max) {
            f.put(field, "at most " + max + " characters");
        }
    }

    static RequestException invalid(Map<String, String> fields) {
        return new RequestException(400, new ApiError(ErrorCodes.VALIDATION_FAILED, "Invalid request", fields), Map.of());
    }
}
