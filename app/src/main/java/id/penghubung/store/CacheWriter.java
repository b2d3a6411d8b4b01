package id.penghubung.store;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.Reporter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes the server's copy of complaints (rows, events, attachments, reporter) inside the caller's
 * transaction, and feeds their text to the search index's batch of that transaction.
 */
final class CacheWriter {
    /** due_key for "no running deadline": sorts after every real deadline, so the index serves the sort. */
    static final long NO_DEADLINE = Long.MAX_VALUE;

    private final Db db;
    private final Sealing sealing;
    private final ReporterKeys.Writer reporterKeys = new ReporterKeys.Writer();
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
        return ComplaintCleaning.clean(c);
    }

    static boolean waitingForReporter(Complaint c) {
        return ComplaintRow.waitingForReporter(c);
    }

    static boolean needsFollowUp(Complaint c, boolean waiting) {
        return ComplaintRow.needsFollowUp(c, waiting);
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
     * than the cached one is ignored (returns -1; otherwise its row id). Between {@link #begin()} and
     * {@link #finish()}.
     */
    long upsert(Complaint c, Optional<Instant> nextDue, Instant now, SearchIndex.Batch index) throws SQLException {
        Optional<long[]> old = existing(c.id());
        long rid;
        if (old.isPresent()) {
            if (old.get()[1] > c.version()) {
                return -1;
            }
            rid = old.get()[0];
            PreparedStatement u = db.ps(ComplaintRow.UPDATE);
            ComplaintRow.bind(u, c, nextDue, now);
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
            PreparedStatement i = db.ps(ComplaintRow.INSERT);
            ComplaintRow.bind(i, c, nextDue, now);
            i.setLong(35, rid);
            i.executeUpdate();
            PreparedStatement b = db.ps("INSERT INTO complaint_body (rid, body) VALUES (?, ?)");
            b.setLong(1, rid);
            b.setString(2, c.body());
            b.executeUpdate();
        }
        writeChildren(rid, c);
        RedirectRows.write(db, c.id(), c.redirect());
        index.put(new SearchIndex.Doc(rid, c.id(), c.version(), c.trackingId().value(), c.title(), c.body(), ComplaintRow.eventText(c)));
        return rid;
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
        RedirectRows.write(db, id, Optional.empty());
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
        PreparedStatement e = db.ps("INSERT INTO event (complaint_rid, seq, id, type, at, actor_kind, actor_name, text, unit_step, review_step)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        int seq = 0;
        int attSeq = 0;
        for (Event ev : c.events()) {
            e.setLong(1, rid);
            e.setInt(2, seq);
            e.setString(3, ev.id());
            e.setString(4, ev.typeName());
            e.setLong(5, ev.at().toEpochMilli());
            e.setString(6, ev.actor().kind().name());
            if (ev.actor().kind() == ActorKind.REPORTER) {
                // The reporter's name on their own events is identity too.
                sealing.bind(e, 7, ev.actor().name(), Sealing.eventActor(c.id(), ev.id()));
            } else {
                e.setString(7, ev.actor().name());
            }
            e.setString(8, ev.text());
            e.setString(9, UnitSteps.toJson(ev.unitStep()));
            e.setString(10, ReviewSteps.toJson(ev.review()));
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
        // The matcher's "same reporter" (issue 17): keyed hashes written with the page, not at the matcher's open.
        reporterKeys.write(db, sealing.cipher(), rid, c.version(), c.reporter().orElse(null));
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
}
