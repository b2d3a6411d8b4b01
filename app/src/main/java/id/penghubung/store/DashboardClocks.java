package id.penghubung.store;

import id.penghubung.model.Actor;
import id.penghubung.model.ActorKind;
import id.penghubung.model.Category;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Location;
import id.penghubung.model.OpenValues;
import id.penghubung.model.Status;
import id.penghubung.model.TrackingId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's month of stopped clocks (issue 18: the charts within a second at 300,000 complaints):
 * the complaints with a clock-stopping event in a period, read as far as the deadline calculator reads
 * them — status, submission, disposition and every event's type, time, actor kind, text and steps — in chunks
 * of {@value #CHUNK} by two queries of key lookups, without bodies, identities, attachments or the sealing key. Used by
 * {@link DashboardQueries} on its own reader connection.
 */
final class DashboardClocks {
    private static final String CANDIDATES = "SELECT DISTINCT c.id, c.rid FROM event e JOIN complaint c ON c.rid = e.complaint_rid"
            + " WHERE e.at >= ? AND e.at < ? AND e.type IN (%s) LIMIT ?";
    /** Row ids read per pair of queries. */
    static final int CHUNK = 500;
    private static final String COMPLAINTS = "SELECT rid, tracking_id, version, status, submitted_at, disposed_at, classification,"
            + " channel, id FROM complaint WHERE rid IN (SELECT value FROM json_each(?))";
    private static final String EVENTS = "SELECT complaint_rid, id, type, at, actor_kind, text, unit_step, review_step FROM event"
            + " WHERE complaint_rid IN (SELECT value FROM json_each(?)) ORDER BY complaint_rid, seq";
    private static final Category NO_CATEGORY = Category.root("", "");
    private static final Location NOWHERE = new Location("", "", "", "", "", "", Optional.empty());

    private DashboardClocks() {
    }

    /** The first {@code limit} complaints (by id, as the old per-complaint read) with an event of {@code types} in [from, to). */
    static List<Complaint> withEventsBetween(Db db, Instant from, Instant to, List<String> types, int limit) throws SQLException {
        if (types.isEmpty()) {
            return List.of();
        }
        PreparedStatement p = db.ps(String.format(CANDIDATES, String.join(",", types.stream().map(t -> "?").toList())));
        int i = 1;
        p.setLong(i++, from.toEpochMilli());
        p.setLong(i++, to.toEpochMilli());
        for (String t : types) {
            p.setString(i++, t);
        }
        p.setInt(i, limit);
        List<Long> rids = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                rids.add(rs.getLong(2));
            }
        }
        List<Complaint> out = new ArrayList<>(rids.size());
        for (int k = 0; k < rids.size(); k += CHUNK) {
            out.addAll(chunk(db, rids.subList(k, Math.min(rids.size(), k + CHUNK))));
        }
        return out;
    }

    /**
     * One chunk of candidates, in their order: their rows by one query and their events by another (each a
     * key lookup per row id from a JSON list), instead of two statements per complaint.
     */
    private static List<Complaint> chunk(Db db, List<Long> rids) throws SQLException {
        Map<Long, Complaint> rows = byRid(db, rids);
        List<Complaint> out = new ArrayList<>(rids.size());
        for (long rid : rids) {
            Complaint c = rows.get(rid);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The listed complaints (those still in the cache) by row id, as the tile reads them: the facts table's
     * writer reads them so too ({@link FactRows}), on its own connection.
     */
    static Map<Long, Complaint> byRid(Db db, List<Long> rids) throws SQLException {
        String list = rids.toString();
        Map<Long, List<Event>> events = new HashMap<>();
        PreparedStatement e = db.ps(EVENTS);
        e.setString(1, list);
        try (ResultSet rs = e.executeQuery()) {
            while (rs.next()) {
                ActorKind kind = ActorKind.valueOf(rs.getString(5));
                events.computeIfAbsent(rs.getLong(1), r -> new ArrayList<>()).add(new Event(rs.getString(2),
                        OpenValues.parse(EventType.class, rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4)), new Actor(kind, ""),
                        rs.getString(6), List.of(), rs.getString(3), UnitSteps.fromJson(rs.getString(7)),
                        ReviewSteps.fromJson(rs.getString(8))));
            }
        }
        Map<Long, Complaint> rows = new HashMap<>();
        PreparedStatement p = db.ps(COMPLAINTS);
        p.setString(1, list);
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long rid = rs.getLong(1);
                rows.put(rid, complaint(rs, events.getOrDefault(rid, List.of())));
            }
        }
        return rows;
    }

    private static Complaint complaint(ResultSet rs, List<Event> events) throws SQLException {
        long disposed = rs.getLong(6);
        Optional<Instant> disposedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(disposed));
        Status status = OpenValues.parse(Status.class, rs.getString(4));
        Channel channel = OpenValues.parse(Channel.class, rs.getString(8));
        Classification classification = OpenValues.parse(Classification.class, rs.getString(7));
        // Values this version does not know keep the names they arrived with (as ReportFacts).
        Map<String, String> received = status != Status.OTHER && channel != Channel.OTHER
                && classification != Classification.OTHER ? Map.of() : Map.of(Complaint.STATUS, rs.getString(4), Complaint.CHANNEL,
                rs.getString(8), Complaint.CLASSIFICATION, rs.getString(7));
        return new Complaint(rs.getString(9), new TrackingId(rs.getString(2)), rs.getLong(3), "", "", classification, false,
                false, NO_CATEGORY, channel, status, Instant.ofEpochMilli(rs.getLong(5)), disposedAt, Optional.empty(),
                NOWHERE, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), events, received);
    }
}
