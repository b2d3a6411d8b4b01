package id.penghubung.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

/**
 * The SQL of {@code held_record} (schema v6), inside the caller's transaction. The server's record is
 * stored only through {@link Sealing} (sealed under an account's key), never its identity in the clear;
 * {@code held_by} names the build that refused it, so another build tries it again.
 */
final class HeldRecords {
    /** This build, as the records it holds are stamped. */
    static final String BUILD = build();

    private final Db db;
    private final Sealing sealing;

    HeldRecords(Db db, Sealing sealing) {
        this.db = db;
        this.sealing = sealing;
    }

    static String context(String complaintId) {
        return "held_record.record|" + complaintId;
    }

    /** Holds (or holds again) each record; the first time it was seen is kept. */
    void hold(Collection<HeldRecord.Incoming> records, Instant now, String build) throws SQLException {
        for (HeldRecord.Incoming r : records) {
            PreparedStatement p = db.ps("INSERT INTO held_record (complaint_id, tracking_id, version, reason, raw_size,"
                    + " first_seen, held_by, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (complaint_id) DO UPDATE SET"
                    + " tracking_id = excluded.tracking_id, version = excluded.version, reason = excluded.reason,"
                    + " raw_size = excluded.raw_size, held_by = excluded.held_by, record = excluded.record");
            p.setString(1, Texts.clean("held.id", r.complaintId(), Texts.MAX_SHORT));
            p.setString(2, Texts.clean("held.trackingId", r.trackingId(), Texts.MAX_SHORT));
            p.setLong(3, r.version());
            p.setString(4, Texts.clean("held.reason", r.reason(), Texts.MAX_SHORT));
            p.setLong(5, r.rawJson().length());
            p.setLong(6, now.toEpochMilli());
            p.setString(7, build);
            // A record beyond even the answer cap is kept without its body: it is still reported, and a
            // later pull of a new version replaces it.
            String raw = Texts.storable(r.rawJson(), Texts.MAX_SERVER_ANSWER) ? r.rawJson() : null;
            sealing.bind(p, 8, raw, context(r.complaintId()));
            p.executeUpdate();
        }
    }

    /** A complaint that landed (or left the scope) is no longer held; cheap when nothing is held. */
    void release(Collection<String> complaintIds) throws SQLException {
        if (complaintIds.isEmpty() || !any()) {
            return;
        }
        PreparedStatement p = db.ps("DELETE FROM held_record WHERE complaint_id = ?");
        for (String id : complaintIds) {
            p.setString(1, id);
            p.executeUpdate();
        }
    }

    boolean any() throws SQLException {
        try (ResultSet rs = db.ps("SELECT EXISTS (SELECT 1 FROM held_record)").executeQuery()) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    List<HeldRecord> all() throws SQLException {
        List<HeldRecord> out = new ArrayList<>();
        try (ResultSet rs = db.ps("SELECT complaint_id, tracking_id, version, reason, raw_size, first_seen FROM held_record"
                + " ORDER BY first_seen, complaint_id").executeQuery()) {
            while (rs.next()) {
                out.add(new HeldRecord(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        Instant.ofEpochMilli(rs.getLong(6))));
            }
        }
        return out;
    }

    /** The server's JSON of every record another build held (opened: needs the key). */
    List<String> heldByOtherBuilds(String build) throws SQLException {
        List<String> out = new ArrayList<>();
        PreparedStatement p = db.ps("SELECT complaint_id, record FROM held_record WHERE held_by <> ? AND record IS NOT NULL");
        p.setString(1, build);
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(sealing.read(rs, 2, context(rs.getString(1))));
            }
        }
        return out;
    }

    private static String build() {
        try (InputStream in = HeldRecords.class.getResourceAsStream("/penghubung-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
