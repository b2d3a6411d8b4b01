package id.penghubung.store;

import id.penghubung.model.Actor;
import id.penghubung.model.ActorKind;
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
import id.penghubung.model.Reporter;
import id.penghubung.model.Status;
import id.penghubung.model.TrackingId;
import id.penghubung.model.UnitRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads complaints and inbox rows back; the caller holds the connection's lock and read transaction. */
final class CacheReader {
    /** Inbox row columns; the local-work columns are correlated sub-queries, evaluated for the window only. */
    static final String ROW_COLUMNS = "c.id, c.tracking_id, c.title, c.category_name, c.unit_name, c.channel,"
            + " c.submitted_at, c.due_key, c.status, c.anonymous, c.confidential,"
            + " EXISTS (SELECT 1 FROM draft d WHERE d.complaint_id = c.id),"
            + " (SELECT count(*) FROM outbox o WHERE o.complaint_id = c.id AND o.state IN ('PENDING','SENDING')),"
            + " EXISTS (SELECT 1 FROM outbox o WHERE o.complaint_id = c.id AND o.state IN ('CONFLICT','REJECTED')),"
            + " coalesce(c.agency_name, ''), c.regency";

    /** The columns {@link #event} reads, in its order. */
    static final String EVENT_COLUMNS = "seq, id, type, at, actor_kind, actor_name, text, unit_step, review_step";
    /** The columns {@link #reporter(ResultSet, int, String)} reads, in its order. */
    static final String REPORTER_COLUMNS = "name, phone, email, nik";

    /** Stands in for a reporter's name when identities are not read (deadline work while locked). */
    static final String WITHHELD = "\u2022\u2022\u2022";

    private final Db db;
    private final Sealing sealing;
    private final boolean identities;

    /** A reader that opens reporter identities (needs the unlocked store). */
    CacheReader(Db db, Sealing sealing) {
        this(db, sealing, true);
    }

    /** {@code identities} false: the reporter is left out and reporter names withheld, so no key is needed. */
    CacheReader(Db db, Sealing sealing, boolean identities) {
        this.db = db;
        this.sealing = sealing;
        this.identities = identities;
    }

    static InboxRow row(ResultSet rs) throws SQLException {
        long due = rs.getLong(8);
        return new InboxRow(rs.getString(1), new TrackingId(rs.getString(2)), rs.getString(3), rs.getString(4),
                Optional.ofNullable(rs.getString(5)), OpenValues.parse(Channel.class, rs.getString(6)), Instant.ofEpochMilli(rs.getLong(7)),
                due == CacheWriter.NO_DEADLINE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(due)),
                OpenValues.parse(Status.class, rs.getString(9)), rs.getInt(10) != 0, rs.getInt(11) != 0, rs.getInt(12) != 0,
                rs.getInt(13), rs.getInt(14) != 0, rs.getString(15), rs.getString(16));
    }

    Optional<Long> ridOf(String id) throws SQLException {
        PreparedStatement p = db.ps("SELECT rid FROM complaint WHERE id = ?");
        p.setString(1, id);
        try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    Optional<Long> ridOf(TrackingId trackingId) throws SQLException {
        PreparedStatement p = db.ps("SELECT rid FROM complaint WHERE tracking_num = ? AND tracking_id = ?");
        p.setLong(1, Long.parseLong(trackingId.value()));
        p.setString(2, trackingId.value());
        try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    Optional<Complaint> complaint(long rid) throws SQLException {
        PreparedStatement p = db.ps("SELECT c.*, b.body FROM complaint c JOIN complaint_body b ON b.rid = c.rid WHERE c.rid = ?");
        p.setLong(1, rid);
        try (ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Map<Integer, List<Attachment>> byEvent = new HashMap<>();
            List<Attachment> own = new ArrayList<>();
            attachments(rid, byEvent, own);
            List<Event> events = events(rid, rs.getString("id"), byEvent);
            Optional<Reporter> reporter = reporter(rid, rs.getString("id"));
            return Optional.of(complaint(rs, reporter, own, events).withRedirect(RedirectRows.read(db, rs.getString("id"))));
        }
    }

    /** A complaint from its {@code complaint} row joined with its body (the cursor's current row) and its children. */
    static Complaint complaint(ResultSet rs, Optional<Reporter> reporter, List<Attachment> own, List<Event> events)
            throws SQLException {
        double lat = rs.getDouble("latitude");
        Optional<GeoPoint> geo = rs.wasNull() ? Optional.empty() : Optional.of(new GeoPoint(lat, rs.getDouble("longitude")));
        Location location = new Location(rs.getString("province_id"), rs.getString("province"), rs.getString("regency"),
                rs.getString("district"), rs.getString("village"), rs.getString("location_detail"), geo);
        long disposed = rs.getLong("disposed_at");
        Optional<Instant> disposedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(disposed));
        String agencyId = rs.getString("agency_id");
        String unitId = rs.getString("unit_id");
        return new Complaint(rs.getString("id"), new TrackingId(rs.getString("tracking_id")),
                rs.getLong("version"), rs.getString("title"), rs.getString("body"),
                OpenValues.parse(Classification.class, rs.getString("classification")), rs.getInt("anonymous") != 0,
                rs.getInt("confidential") != 0,
                new Category(rs.getString("category_id"), rs.getString("category_name"),
                        Optional.ofNullable(rs.getString("category_parent_id"))),
                OpenValues.parse(Channel.class, rs.getString("channel")), OpenValues.parse(Status.class, rs.getString("status")),
                Instant.ofEpochMilli(rs.getLong("submitted_at")), disposedAt,
                Optional.ofNullable(rs.getString("incident_date")).map(LocalDate::parse), location,
                agencyId == null ? Optional.empty() : Optional.of(new AgencyRef(agencyId, rs.getString("agency_name"))),
                unitId == null ? Optional.empty()
                        : Optional.of(new UnitRef(unitId, rs.getString("unit_agency_id"), rs.getString("unit_name"))),
                reporter, own, events, Map.of(Complaint.STATUS, rs.getString("status"),
                        Complaint.CLASSIFICATION, rs.getString("classification"), Complaint.CHANNEL, rs.getString("channel")));
    }

    private void attachments(long rid, Map<Integer, List<Attachment>> byEvent, List<Attachment> own) throws SQLException {
        PreparedStatement p = db.ps("SELECT event_seq, sha256, file_name, media_type, size FROM attachment"
                + " WHERE complaint_rid = ? ORDER BY seq");
        p.setLong(1, rid);
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                int eventSeq = rs.getInt(1);
                boolean ownAttachment = rs.wasNull();
                Attachment a = new Attachment(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
                if (ownAttachment) {
                    own.add(a);
                } else {
                    byEvent.computeIfAbsent(eventSeq, k -> new ArrayList<>()).add(a);
                }
            }
        }
    }

    private List<Event> events(long rid, String complaintId, Map<Integer, List<Attachment>> byEvent) throws SQLException {
        PreparedStatement p = db.ps("SELECT " + EVENT_COLUMNS + " FROM event WHERE complaint_rid = ? ORDER BY seq");
        p.setLong(1, rid);
        List<Event> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(event(rs, 0, complaintId, byEvent));
            }
        }
        return out;
    }

    /** Column order {@code EVENT_COLUMNS} from {@code base + 1} on; {@code byEvent}: the complaint's attachments by event seq. */
    Event event(ResultSet rs, int base, String complaintId, Map<Integer, List<Attachment>> byEvent) throws SQLException {
        ActorKind kind = ActorKind.valueOf(rs.getString(base + 5));
        String actor = kind != ActorKind.REPORTER ? rs.getString(base + 6)
                : identities ? sealing.read(rs, base + 6, Sealing.eventActor(complaintId, rs.getString(base + 2))) : WITHHELD;
        return new Event(rs.getString(base + 2), OpenValues.parse(EventType.class, rs.getString(base + 3)),
                Instant.ofEpochMilli(rs.getLong(base + 4)), new Actor(kind, actor), rs.getString(base + 7),
                byEvent.getOrDefault(rs.getInt(base + 1), List.of()), rs.getString(base + 3), UnitSteps.fromJson(rs.getString(base + 8)),
                ReviewSteps.fromJson(rs.getString(base + 9)));
    }

    private Optional<Reporter> reporter(long rid, String complaintId) throws SQLException {
        if (!identities) {
            return Optional.empty();
        }
        PreparedStatement p = db.ps("SELECT " + REPORTER_COLUMNS + " FROM reporter WHERE complaint_rid = ?");
        p.setLong(1, rid);
        try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? Optional.of(reporter(rs, 0, complaintId)) : Optional.empty();
        }
    }

    /** Column order {@code REPORTER_COLUMNS} from {@code base + 1} on. */
    Reporter reporter(ResultSet rs, int base, String complaintId) throws SQLException {
        return new Reporter(sealing.read(rs, base + 1, Sealing.reporter("name", complaintId)),
                Optional.ofNullable(sealing.read(rs, base + 2, Sealing.reporter("phone", complaintId))),
                Optional.ofNullable(sealing.read(rs, base + 3, Sealing.reporter("email", complaintId))),
                Optional.ofNullable(sealing.read(rs, base + 4, Sealing.reporter("nik", complaintId))));
    }
}
