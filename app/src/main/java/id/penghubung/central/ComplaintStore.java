package id.penghubung.central;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import id.penghubung.model.ActionType;
import id.penghubung.protocol.AppliedAction;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireComplaint;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of complaints, removals, applied actions and attachment metadata. */
final class ComplaintStore {
    static final TypeReference<Map<String, String>> NOTES = new TypeReference<>() {
    };

    /**
     * A row of the changes feed: a complaint (at seq, its stored JSON kept raw so it can be sent
     * without parsing) or a removal (doc null).
     */
    record FeedRow(long seq, String complaintId, String doc, String notes, long lastForeignVersion) {
        boolean isRemoval() {
            return doc == null;
        }

        ComplaintRecord parse() throws SQLException {
            return ComplaintStore.record(doc, notes, lastForeignVersion);
        }
    }

    record StoredAction(String actionId, String complaintId, String bodyHash, ActionType type, String userId, Instant appliedAt, long version) {
    }

    private ComplaintStore() {
    }

    /** A record with its JSON already written (seeding writes JSON on all cores, then inserts on one). */
    record Prepared(ComplaintRecord record, String doc, String notes) {
        static Prepared of(ComplaintRecord r) {
            return new Prepared(r, json(r.wire()), r.noteAgencies().isEmpty() ? null : json(r.noteAgencies()));
        }
    }

    static void insert(Connection c, List<ComplaintRecord> records, CentralDatabase db) throws SQLException {
        insertPrepared(c, records.stream().map(Prepared::of).toList(), db);
    }

    static void insertPrepared(Connection c, List<Prepared> records, CentralDatabase db) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO complaints(id, tracking_id, version, seq, agency_id, province_id,"
                + " last_foreign_version, doc, notes) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (Prepared p : records) {
                ComplaintRecord r = p.record();
                ps.setString(1, r.id());
                ps.setString(2, r.wire().trackingId());
                ps.setLong(3, r.version());
                ps.setLong(4, db.nextSeq());
                ps.setString(5, r.agencyId().orElse(null));
                ps.setString(6, r.provinceId());
                ps.setLong(7, r.lastForeignVersion());
                ps.setString(8, p.doc());
                ps.setString(9, p.notes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void update(Connection c, ComplaintRecord r, CentralDatabase db) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE complaints SET version=?, seq=?, agency_id=?, province_id=?,"
                + " last_foreign_version=?, doc=?, notes=? WHERE id=?")) {
            ps.setLong(1, r.version());
            ps.setLong(2, db.nextSeq());
            ps.setString(3, r.agencyId().orElse(null));
            ps.setString(4, r.provinceId());
            ps.setLong(5, r.lastForeignVersion());
            ps.setString(6, json(r.wire()));
            ps.setString(7, r.noteAgencies().isEmpty() ? null : json(r.noteAgencies()));
            ps.setString(8, r.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("complaint vanished: " + r.id());
            }
        }
    }

    static void insertRemoval(Connection c, String complaintId, String agencyId, CentralDatabase db) throws SQLException {
        insertRemoval(c, complaintId, agencyId, null, db);
    }

    /** A loss of scope for an agency; {@code lastCopy} (wire JSON) is what it receives instead of a removal, or null. */
    static void insertRemoval(Connection c, String complaintId, String agencyId, String lastCopy, CentralDatabase db) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO removals(seq, complaint_id, agency_id, doc) VALUES (?,?,?,?)")) {
            ps.setLong(1, db.nextSeq());
            ps.setString(2, complaintId);
            ps.setString(3, agencyId);
            ps.setString(4, lastCopy);
            ps.executeUpdate();
        }
    }

    static Optional<ComplaintRecord> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT doc, notes, last_foreign_version FROM complaints WHERE id=?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(record(rs, 1)) : Optional.empty();
            }
        }
    }

    static long maxTrackingNumber(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(CAST(tracking_id AS INTEGER)) FROM complaints");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM complaints"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The highest change sequence now visible to this (read) transaction. */
    static long maxSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(coalesce((SELECT max(seq) FROM complaints),0),"
                + " coalesce((SELECT max(seq) FROM removals),0))"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Up to limit complaints with seq > after in the scope (column = value, or everything when
     * column is null), ordered by seq.
     */
    static List<FeedRow> complaintsAfter(Connection c, String column, String value, long after, int limit) throws SQLException {
        String where = column == null ? "" : " AND " + column + "=?";
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, id, doc, notes, last_foreign_version FROM complaints WHERE seq>?"
                + where + " ORDER BY seq LIMIT ?")) {
            int i = 1;
            ps.setLong(i++, after);
            if (column != null) {
                ps.setString(i++, value);
            }
            ps.setInt(i, limit);
            List<FeedRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new FeedRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
                }
            }
            return rows;
        }
    }

    /** Removals (and redirects' last copies) for an agency after a seq, skipping complaints that are back in that agency's scope. */
    static List<FeedRow> removalsAfter(Connection c, String agencyId, long after, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.seq, r.complaint_id, r.doc FROM removals r WHERE r.agency_id=? AND r.seq>?"
                + " AND NOT EXISTS (SELECT 1 FROM complaints k WHERE k.id=r.complaint_id AND k.agency_id=r.agency_id)"
                + " ORDER BY r.seq LIMIT ?")) {
            ps.setString(1, agencyId);
            ps.setLong(2, after);
            ps.setInt(3, limit);
            List<FeedRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // A redirect's last copy is an item like any other (doc set); without one, a removal.
                    rows.add(new FeedRow(rs.getLong(1), rs.getString(2), rs.getString(3), null, 0));
                }
            }
            return rows;
        }
    }

    static Optional<StoredAction> findAction(Connection c, String actionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT action_id, complaint_id, body_hash, type, user_id, applied_at, version"
                + " FROM actions WHERE action_id=?")) {
            ps.setString(1, actionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(action(rs)) : Optional.empty();
            }
        }
    }

    static void insertAction(Connection c, StoredAction a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actions(action_id, complaint_id, body_hash, type, user_id,"
                + " applied_at, version) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, a.actionId());
            ps.setString(2, a.complaintId());
            ps.setString(3, a.bodyHash());
            ps.setString(4, a.type().name());
            ps.setString(5, a.userId());
            ps.setString(6, a.appliedAt().toString());
            ps.setLong(7, a.version());
            ps.executeUpdate();
        }
    }

    /** Whether anyone but this user applied an action to the complaint after the version. */
    static boolean changedByOthersSince(Connection c, String complaintId, long version, String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM actions WHERE complaint_id=? AND version>? AND user_id<>? LIMIT 1")) {
            ps.setString(1, complaintId);
            ps.setLong(2, version);
            ps.setString(3, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static List<AppliedAction> actionsOf(Connection c, String complaintId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT action_id, complaint_id, body_hash, type, user_id, applied_at, version"
                + " FROM actions WHERE complaint_id=? ORDER BY version")) {
            ps.setString(1, complaintId);
            List<AppliedAction> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredAction a = action(rs);
                    list.add(new AppliedAction(a.actionId(), a.type(), a.appliedAt(), a.userId(), a.version()));
                }
            }
            return list;
        }
    }

    static void putAttachment(Connection c, WireAttachment a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO attachments(sha256, media_type, size, file_name) VALUES (?,?,?,?)")) {
            ps.setString(1, a.sha256());
            ps.setString(2, a.mediaType());
            ps.setLong(3, a.size());
            ps.setString(4, a.fileName());
            ps.executeUpdate();
        }
    }

    static Optional<WireAttachment> findAttachment(Connection c, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256, file_name, media_type, size FROM attachments WHERE sha256=?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new WireAttachment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                        : Optional.empty();
            }
        }
    }

    static void setMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?,?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    static Optional<String> meta(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key=?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void nullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static StoredAction action(ResultSet rs) throws SQLException {
        return new StoredAction(rs.getString(1), rs.getString(2), rs.getString(3), ActionType.valueOf(rs.getString(4)),
                rs.getString(5), Instant.parse(rs.getString(6)), rs.getLong(7));
    }

    private static ComplaintRecord record(ResultSet rs, int first) throws SQLException {
        return record(rs.getString(first), rs.getString(first + 1), rs.getLong(first + 2));
    }

    static ComplaintRecord record(String doc, String notes, long lastForeignVersion) throws SQLException {
        try {
            WireComplaint wire = Json.lenient().readValue(doc, WireComplaint.class);
            Map<String, String> noteAgencies = notes == null ? Map.of() : Json.lenient().readValue(notes, NOTES);
            return new ComplaintRecord(wire, noteAgencies, lastForeignVersion);
        } catch (JsonProcessingException e) {
            throw new SQLException("corrupt complaint document", e);
        }
    }

    static String json(Object value) {
        try {
            return Json.lenient().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
