package id.penghubung.store;

import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.Reporter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the whole cache a page at a time (the CLI export): keyset paging on the row id, so each page
 * starts where the last ended instead of skipping an ever longer prefix, and a fixed five statements
 * per page (its bound, then one per table over the page's row-id range) instead of four per complaint.
 * Each page is one read transaction; only one page is in memory at a time.
 */
final class CachePages {
    private static final String RANGE = " complaint_rid > ? AND complaint_rid <= ?";

    private final Db reader;
    private final Sealing sealing;

    CachePages(Db reader, Sealing sealing) {
        this.reader = reader;
        this.sealing = sealing;
    }

    CachePage after(CachePage.Position after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        return reader.read(() -> {
            long from = after.afterRid();
            Optional<Long> to = lastRid(from, limit);
            if (to.isEmpty()) {
                return new CachePage(List.of(), after);
            }
            CacheReader rows = new CacheReader(reader, sealing);
            Map<Long, Map<Integer, List<Attachment>>> byEvent = new HashMap<>();
            Map<Long, List<Attachment>> own = new HashMap<>();
            attachments(from, to.get(), byEvent, own);
            Map<Long, List<Event>> events = events(rows, from, to.get(), byEvent);
            Map<Long, Reporter> reporters = reporters(rows, from, to.get());
            List<Complaint> out = new ArrayList<>(limit);
            PreparedStatement p = reader.ps("SELECT c.*, b.body FROM complaint c JOIN complaint_body b ON b.rid = c.rid"
                    + " WHERE c.rid > ? AND c.rid <= ? ORDER BY c.rid");
            p.setLong(1, from);
            p.setLong(2, to.get());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long rid = rs.getLong("rid");
                    out.add(CacheReader.complaint(rs, Optional.ofNullable(reporters.get(rid)),
                            own.getOrDefault(rid, List.of()), events.getOrDefault(rid, List.of())));
                }
            }
            return new CachePage(out, new CachePage.Position(to.get()));
        });
    }

    /** The row id that ends the page: the {@code limit}-th after {@code from} (or the last one). */
    private Optional<Long> lastRid(long from, int limit) throws SQLException {
        PreparedStatement p = reader.ps("SELECT max(rid) FROM (SELECT rid FROM complaint WHERE rid > ? ORDER BY rid LIMIT ?)");
        p.setLong(1, from);
        p.setInt(2, limit);
        try (ResultSet rs = p.executeQuery()) {
            long rid = rs.next() ? rs.getLong(1) : 0;
            return rs.wasNull() || rid == 0 ? Optional.empty() : Optional.of(rid);
        }
    }

    private void attachments(long from, long to, Map<Long, Map<Integer, List<Attachment>>> byEvent,
            Map<Long, List<Attachment>> own) throws SQLException {
        PreparedStatement p = reader.ps("SELECT complaint_rid, event_seq, sha256, file_name, media_type, size FROM attachment"
                + " WHERE" + RANGE + " ORDER BY complaint_rid, seq");
        p.setLong(1, from);
        p.setLong(2, to);
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long rid = rs.getLong(1);
                int eventSeq = rs.getInt(2);
                boolean ownAttachment = rs.wasNull();
                Attachment a = new Attachment(rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6));
                if (ownAttachment) {
                    own.computeIfAbsent(rid, k -> new ArrayList<>()).add(a);
                } else {
                    byEvent.computeIfAbsent(rid, k -> new HashMap<>()).computeIfAbsent(eventSeq, k -> new ArrayList<>()).add(a);
                }
            }
        }
    }

    private Map<Long, List<Event>> events(CacheReader rows, long from, long to,
            Map<Long, Map<Integer, List<Attachment>>> byEvent) throws SQLException {
        PreparedStatement p = reader.ps("SELECT complaint_rid, " + CacheReader.EVENT_COLUMNS
                + ", (SELECT c.id FROM complaint c WHERE c.rid = complaint_rid) FROM event WHERE" + RANGE
                + " ORDER BY complaint_rid, seq");
        p.setLong(1, from);
        p.setLong(2, to);
        // The complaint's id follows complaint_rid and the event columns, however many those become.
        int complaintIdColumn = 2 + CacheReader.EVENT_COLUMNS.split(",").length;
        Map<Long, List<Event>> out = new HashMap<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long rid = rs.getLong(1);
                out.computeIfAbsent(rid, k -> new ArrayList<>())
                        .add(rows.event(rs, 1, rs.getString(complaintIdColumn), byEvent.getOrDefault(rid, Map.of())));
            }
        }
        return out;
    }

    private Map<Long, Reporter> reporters(CacheReader rows, long from, long to) throws SQLException {
        PreparedStatement p = reader.ps("SELECT complaint_rid, " + CacheReader.REPORTER_COLUMNS
                + ", (SELECT c.id FROM complaint c WHERE c.rid = complaint_rid) FROM reporter WHERE" + RANGE);
        p.setLong(1, from);
        p.setLong(2, to);
        Map<Long, Reporter> out = new HashMap<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rows.reporter(rs, 1, rs.getString(6)));
            }
        }
        return out;
    }
}
