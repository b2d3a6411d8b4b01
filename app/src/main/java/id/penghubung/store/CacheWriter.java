package id.penghubung.store;

import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Reporter;
import id.penghubung.model.Status;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the server's copy of complaints (rows, events, attachments, reporter) inside the caller's
 * transaction, and feeds their text to the search index's batch of that transaction.
 */
final class CacheWriter {
    /** due_key for "no running deadline": sorts after every real deadline, so the index serves the sort. */
    static final long NO_DEADLINE = Long.MAX_VALUE;

    private static final Set<EventType> INCOMING =
            EnumSet.of(EventType.DISPOSED, EventType.DISPOSED_TO_UNIT, EventType.REDIRECTED, EventType.REPORTER_REPLIED);
    private static final Set<EventType> ANSWERS =
            EnumSet.of(EventType.RESPONDED, EventType.NOT_AUTHORIZED, EventType.COMPLETED);

    private static final String COLUMNS = "id, tracking_num, tracking_id, version, title, classification, anonymous,"
            + " confidential, category_id, category_name, category_parent_id, channel, status, open, submitted_at,"
            + " disposed_at, incident_date, province_id, province, regency, district, village, location_detail,"
            + " latitude, longitude, agency_id, agency_name, unit_id, unit_agency_id, unit_name, due_key,"
            + " waiting_for_reporter, needs_follow_up, cached_at";
    private static final String INSERT = "INSERT INTO complaint (" + COLUMNS + ", rid) VALUES ("
            + "?,".repeat(34) + "?)";
    private static final String UPDATE = "UPDATE complaint SET (" + COLUMNS + ") = ("
            + "?,".repeat(33) + "?) WHERE rid = ?";

    private final Db db;
    private final Sealing sealing;
    /** Next free rid within the current write transaction (BEGIN IMMEDIATE: no other writer meanwhile). */
    private long nextRid = -1;

    CacheWriter(Db db, Sealing sealing) {
        this.db = db;
        this.sealing = sealing;
    }

    /** Call at the start of every write transaction that inserts complaints. */
    void begin() throws SQLException {
        try (ResultSet rs = db.ps("SELECT coalesce(max(rid), 0) + 1 FROM complaint").executeQuery()) {
            rs.next();
            nextRid = rs.getLong(1);
        }
    }

    /**
     * Call at the end of such a transaction: local work on complaints that are (back) in the cache is
     * no longer orphaned. One statement per page instead of one per complaint; orphans are few.
     */
    void finish() throws SQLException {
        // EXISTS probes the unique id index per orphan; "IN (SELECT id FROM complaint)" built a list of
        // every cached id on each page, even with no orphan at all.
        db.ps("UPDATE draft SET orphaned = 0 WHERE orphaned = 1"
                + " AND EXISTS (SELECT 1 FROM complaint c WHERE c.id = draft.complaint_id)").executeUpdate();
        db.ps("UPDATE outbox SET orphaned = 0 WHERE orphaned = 1"
                + " AND EXISTS (SELECT 1 FROM complaint c WHERE c.id = outbox.complaint_id)").executeUpdate();
        nextRid = -1;
    }

    /** Checks and cleans every text of a complaint before anything is written. */
    static Complaint clean(Complaint c) {
        if (storable(c)) {
            return c;
        }
        List<Event> events = c.events().stream()
                .map(e -> new Event(Texts.clean("event.id", e.id(), Texts.MAX_SHORT), e.type(), e.at(),
                        new id.penghubung.model.Actor(e.actor().kind(),
                                Texts.clean("event.actor", e.actor().name(), Texts.MAX_SHORT)),
                        Texts.clean("event.text", e.text(), Texts.MAX_EVENT_TEXT), cleanAttachments(e.attachments()), e.typeName()))
                .toList();
        Optional<Reporter> reporter = c.reporter().map(r -> new Reporter(
                Texts.clean("reporter.name", r.name(), Texts.MAX_SHORT),
                r.phone().map(v -> Texts.clean("reporter.phone", v, Texts.MAX_SHORT)),
                r.email().map(v -> Texts.clean("reporter.email", v, Texts.MAX_SHORT)),
                r.nik().map(v -> Texts.clean("reporter.nik", v, Texts.MAX_SHORT))));
        var loc = c.location();
        var location = new id.penghubung.model.Location(
                Texts.clean("location.provinceId", loc.provinceId(), Texts.MAX_SHORT),
                Texts.clean("location.province", loc.province(), Texts.MAX_SHORT),
                Texts.clean("location.regency", loc.regency(), Texts.MAX_SHORT),
                Texts.clean("location.district", loc.district(), Texts.MAX_SHORT),
                Texts.clean("location.village", loc.village(), Texts.MAX_SHORT),
                Texts.clean("location.detail", loc.detail(), Texts.MAX_TITLE),
                loc.coordinates());
        var cat = c.category();
        var category = new id.penghubung.model.Category(Texts.clean("category.id", cat.id(), Texts.MAX_SHORT),
                Texts.clean("category.name", cat.name(), Texts.MAX_SHORT),
                cat.parentId().map(v -> Texts.clean("category.parentId", v, Texts.MAX_SHORT)));
        return new Complaint(Texts.clean("id", c.id(), Texts.MAX_SHORT), c.trackingId(), c.version(),
                Texts.clean("title", c.title(), Texts.MAX_TITLE), Texts.clean("body", c.body(), Texts.MAX_BODY),
                c.classification(), c.anonymous(), c.confidential(), category, c.channel(), c.status(),
                c.submittedAt(), c.disposedAt(), c.incidentDate(), location,
                c.agency().map(a -> new id.penghubung.model.AgencyRef(Texts.clean("agency.id", a.id(), Texts.MAX_SHORT),
                        Texts.clean("agency.name", a.name(), Texts.MAX_SHORT))),
                c.unit().map(u -> new id.penghubung.model.UnitRef(Texts.clean("unit.id", u.id(), Texts.MAX_SHORT),
                        Texts.clean("unit.agencyId", u.agencyId(), Texts.MAX_SHORT),
                        Texts.clean("unit.name", u.name(), Texts.MAX_SHORT))),
                reporter, cleanAttachments(c.attachments()), events, c.asReceived());
    }

    /** True when {@link #clean} would change nothing: the common case, checked without building anything. */
    private static boolean storable(Complaint c) {
        for (Event e : c.events()) {
            if (!Texts.storable(e.id(), Texts.MAX_SHORT) || !Texts.storable(e.actor().name(), Texts.MAX_SHORT)
                    || !Texts.storable(e.text(), Texts.MAX_EVENT_TEXT) || !storable(e.attachments())) {
                return false;
            }
        }
        if (c.reporter().isPresent()) {
            Reporter r = c.reporter().get();
            if (!Texts.storable(r.name(), Texts.MAX_SHORT) || !Texts.storable(r.phone().orElse(null), Texts.MAX_SHORT)
                    || !Texts.storable(r.email().orElse(null), Texts.MAX_SHORT)
                    || !Texts.storable(r.nik().orElse(null), Texts.MAX_SHORT)) {
                return false;
            }
        }
        var loc = c.location();
        var cat = c.category();
        var agency = c.agency();
        var unit = c.unit();
        return Texts.storable(loc.provinceId(), Texts.MAX_SHORT) && Texts.storable(loc.province(), Texts.MAX_SHORT)
                && Texts.storable(loc.regency(), Texts.MAX_SHORT) && Texts.storable(loc.district(), Texts.MAX_SHORT)
                && Texts.storable(loc.village(), Texts.MAX_SHORT) && Texts.storable(loc.detail(), Texts.MAX_TITLE)
                && Texts.storable(cat.id(), Texts.MAX_SHORT) && Texts.storable(cat.name(), Texts.MAX_SHORT)
                && Texts.storable(cat.parentId().orElse(null), Texts.MAX_SHORT)
                && Texts.storable(c.id(), Texts.MAX_SHORT) && Texts.storable(c.title(), Texts.MAX_TITLE)
                && Texts.storable(c.body(), Texts.MAX_BODY)
                && (agency.isEmpty() || Texts.storable(agency.get().id(), Texts.MAX_SHORT)
                        && Texts.storable(agency.get().name(), Texts.MAX_SHORT))
                && (unit.isEmpty() || Texts.storable(unit.get().id(), Texts.MAX_SHORT)
                        && Texts.storable(unit.get().agencyId(), Texts.MAX_SHORT)
                        && Texts.storable(unit.get().name(), Texts.MAX_SHORT))
                && storable(c.attachments());
    }

    private static boolean storable(List<Attachment> list) {
        for (Attachment a : list) {
            if (!Texts.storable(a.fileName(), Texts.MAX_SHORT) || !Texts.storable(a.mediaType(), Texts.MAX_SHORT)) {
                return false;
            }
        }
        return true;
    }

    private static List<Attachment> cleanAttachments(List<Attachment> list) {
        return list.stream().map(a -> new Attachment(a.sha256(),
                Texts.clean("attachment.fileName", a.fileName(), Texts.MAX_SHORT),
                Texts.clean("attachment.mediaType", a.mediaType(), Texts.MAX_SHORT), a.size())).toList();
    }

    static boolean waitingForReporter(Complaint c) {
        if (c.status().isClosed()) {
            return false;
        }
        List<Event> ev = c.events();
        for (int i = ev.size() - 1; i >= 0; i--) {
            EventType t = ev.get(i).type();
            if (t == EventType.REPORTER_REPLIED) {
                return false;
            }
            if (t == EventType.INFO_REQUESTED) {
                return true;
            }
        }
        return false;
    }

    static boolean needsFollowUp(Complaint c, boolean waiting) {
        if (waiting || !(c.status() == Status.BELUM_DITINDAKLANJUTI || c.status() == Status.PROSES)) {
            return false;
        }
        List<Event> ev = c.events();
        for (int i = ev.size() - 1; i >= 0; i--) {
            EventType t = ev.get(i).type();
            if (ANSWERS.contains(t)) {
                return false;
            }
            if (INCOMING.contains(t)) {
                return true;
            }
        }
        return true;
    }

    /** Existing rid and version of a complaint id. */
    Optional<long[]> existing(String id) throws SQLException {
        PreparedStatement p = db.ps("SELECT rid, version FROM complaint WHERE id = ?");
        p.setString(1, id);
        try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? Optional.of(new long[] {rs.getLong(1), rs.getLong(2)}) : Optional.empty();
        }
    }

    /**
     * Writes one cleaned complaint and feeds its text to the search index's batch; an older version
     * than the cached one is ignored (returns false). Between {@link #begin()} and {@link #finish()}.
     */
    boolean upsert(Complaint c, Optional<Instant> nextDue, Instant now, SearchIndex.Batch index) throws SQLException {
        Optional<long[]> old = existing(c.id());
        long rid;
        if (old.isPresent()) {
            if (old.get()[1] > c.version()) {
                return false;
            }
            rid = old.get()[0];
            PreparedStatement u = db.ps(UPDATE);
            bind(u, c, nextDue, now);
            u.setLong(35, rid);
            u.executeUpdate();
            deleteChildren(rid);
            PreparedStatement b = db.ps("UPDATE complaint_body SET body = ? WHERE rid = ?");
            b.setString(1, c.body());
            b.setLong(2, rid);
            b.executeUpdate();
        } else {
            if (nextRid < 0) {
                throw new IllegalStateException("begin() not called");
            }
            rid = nextRid++;
            PreparedStatement i = db.ps(INSERT);
            bind(i, c, nextDue, now);
            i.setLong(35, rid);
            i.executeUpdate();
            PreparedStatement b = db.ps("INSERT INTO complaint_body (rid, body) VALUES (?, ?)");
            b.setLong(1, rid);
            b.setString(2, c.body());
            b.executeUpdate();
        }
        writeChildren(rid, c);
        index.put(new SearchIndex.Doc(rid, c.id(), c.version(), c.trackingId().value(), c.title(), c.body(), eventText(c)));
        return true;
    }

    /** Removes a complaint from the cache; its drafts and unsent actions stay, flagged orphaned. */
    void remove(String id, SearchIndex.Batch index) throws SQLException {
        Optional<long[]> old = existing(id);
        if (old.isPresent()) {
            long rid = old.get()[0];
            index.remove(rid);
            PreparedStatement d = db.ps("DELETE FROM complaint WHERE rid = ?");
            d.setLong(1, rid);
            d.executeUpdate();
        }
        setOrphaned(id, true);
    }

    /** Rewrites only the deadline column (after a calendar change). */
    void updateDue(long rid, Optional<Instant> nextDue) throws SQLException {
        PreparedStatement p = db.ps("UPDATE complaint SET due_key = ? WHERE rid = ?");
        p.setLong(1, nextDue.map(Instant::toEpochMilli).orElse(NO_DEADLINE));
        p.setLong(2, rid);
        p.executeUpdate();
    }

    private void setOrphaned(String id, boolean orphaned) throws SQLException {
        // Un-orphaning happens in finish(), once per page.
        int flag = orphaned ? 1 : 0;
        PreparedStatement d = db.ps("UPDATE draft SET orphaned = ? WHERE complaint_id = ? AND orphaned <> ?");
        d.setInt(1, flag);
        d.setString(2, id);
        d.setInt(3, flag);
        d.executeUpdate();
        PreparedStatement o = db.ps(
                "UPDATE outbox SET orphaned = ? WHERE complaint_id = ? AND orphaned <> ? AND state <> 'APPLIED'");
        o.setInt(1, flag);
        o.setString(2, id);
        o.setInt(3, flag);
        o.executeUpdate();
    }

    private void deleteChildren(long rid) throws SQLException {
        for (String sql : List.of("DELETE FROM event WHERE complaint_rid = ?", "DELETE FROM attachment WHERE complaint_rid = ?",
                "DELETE FROM reporter WHERE complaint_rid = ?")) {
            PreparedStatement p = db.ps(sql);
            p.setLong(1, rid);
            p.executeUpdate();
        }
    }

    private void writeChildren(long rid, Complaint c) throws SQLException {
        PreparedStatement e = db.ps("INSERT INTO event (complaint_rid, seq, id, type, at, actor_kind, actor_name, text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        int seq = 0;
        int attSeq = 0;
        for (Event ev : c.events()) {
            e.setLong(1, rid);
            e.setInt(2, seq);
            e.setString(3, ev.id());
            e.setString(4, ev.typeName());
            e.setLong(5, ev.at().toEpochMilli());
            e.setString(6, ev.actor().kind().name());
            if (ev.actor().kind() == id.penghubung.model.ActorKind.REPORTER) {
                // The reporter's name on their own events is identity too.
                sealing.bind(e, 7, ev.actor().name(), Sealing.eventActor(c.id(), ev.id()));
            } else {
                e.setString(7, ev.actor().name());
            }
            e.setString(8, ev.text());
            e.executeUpdate();
            for (Attachment a : ev.attachments()) {
                attachment(rid, seq, attSeq++, a);
            }
            seq++;
        }
        for (Attachment a : c.attachments()) {
            attachment(rid, null, attSeq++, a);
        }
        if (c.reporter().isPresent()) {
            Reporter r = c.reporter().get();
            if (c.anonymous()) {
                // The model refuses this already; the store refuses it again, whatever built the value.
                throw new IllegalArgumentException("An anonymous complaint must not carry a reporter");
            }
            PreparedStatement p = db.ps(
                    "INSERT INTO reporter (complaint_rid, enc, name, phone, email, nik) VALUES (?, ?, ?, ?, ?, ?)");
            p.setLong(1, rid);
            p.setInt(2, sealing.encFlag());
            sealing.bind(p, 3, r.name(), Sealing.reporter("name", c.id()));
            sealing.bind(p, 4, r.phone().orElse(null), Sealing.reporter("phone", c.id()));
            sealing.bind(p, 5, r.email().orElse(null), Sealing.reporter("email", c.id()));
            sealing.bind(p, 6, r.nik().orElse(null), Sealing.reporter("nik", c.id()));
            p.executeUpdate();
        }
    }

    private void attachment(long rid, Integer eventSeq, int seq, Attachment a) throws SQLException {
        PreparedStatement p = db.ps("INSERT INTO attachment (complaint_rid, event_seq, seq, sha256, file_name, media_type, size)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        p.setLong(1, rid);
        if (eventSeq == null) {
            p.setNull(2, Types.INTEGER);
        } else {
            p.setInt(2, eventSeq);
        }
        p.setInt(3, seq);
        p.setString(4, a.sha256());
        p.setString(5, a.fileName());
        p.setString(6, a.mediaType());
        p.setLong(7, a.size());
        p.executeUpdate();
    }

    static String eventText(Complaint c) {
        StringBuilder sb = new StringBuilder();
        for (Event e : c.events()) {
            if (!e.text().isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(e.text());
            }
        }
        return sb.toString();
    }

    private static void bind(PreparedStatement p, Complaint c, Optional<Instant> nextDue, Instant now) throws SQLException {
        boolean waiting = waitingForReporter(c);
        int i = 1;
        p.setString(i++, c.id());
        p.setLong(i++, Long.parseLong(c.trackingId().value()));
        p.setString(i++, c.trackingId().value());
        p.setLong(i++, c.version());
        p.setString(i++, c.title());
        p.setString(i++, c.classificationName());
        p.setInt(i++, c.anonymous() ? 1 : 0);
        p.setInt(i++, c.confidential() ? 1 : 0);
        p.setString(i++, c.category().id());
        p.setString(i++, c.category().name());
        p.setString(i++, c.category().parentId().orElse(null));
        p.setString(i++, c.channelName());
        p.setString(i++, c.statusName());
        p.setInt(i++, c.status().isClosed() ? 0 : 1);
        p.setLong(i++, c.submittedAt().toEpochMilli());
        setLong(p, i++, c.disposedAt().map(Instant::toEpochMilli));
        p.setString(i++, c.incidentDate().map(Object::toString).orElse(null));
        var loc = c.location();
        p.setString(i++, loc.provinceId());
        p.setString(i++, loc.province());
        p.setString(i++, loc.regency());
        p.setString(i++, loc.district());
        p.setString(i++, loc.village());
        p.setString(i++, loc.detail());
        if (loc.coordinates().isPresent()) {
            p.setDouble(i++, loc.coordinates().get().latitude());
            p.setDouble(i++, loc.coordinates().get().longitude());
        } else {
            p.setNull(i++, Types.REAL);
            p.setNull(i++, Types.REAL);
        }
        p.setString(i++, c.agency().map(a -> a.id()).orElse(null));
        p.setString(i++, c.agency().map(a -> a.name()).orElse(null));
        p.setString(i++, c.unit().map(u -> u.id()).orElse(null));
        p.setString(i++, c.unit().map(u -> u.agencyId()).orElse(null));
        p.setString(i++, c.unit().map(u -> u.name()).orElse(null));
        p.setLong(i++, nextDue.map(Instant::toEpochMilli).orElse(NO_DEADLINE));
        p.setInt(i++, waiting ? 1 : 0);
        p.setInt(i++, needsFollowUp(c, waiting) ? 1 : 0);
        p.setLong(i, now.toEpochMilli());
    }

    private static void setLong(PreparedStatement p, int i, Optional<Long> v) throws SQLException {
        if (v.isPresent()) {
            p.setLong(i, v.get());
        } else {
            p.setNull(i, Types.INTEGER);
        }
    }
}
