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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's month of stopped clocks (issue 18: the charts within a second at 300,000 complaints):
 * the complaints with a clock-stopping event in a period, read as far as the deadline calculator reads
 * them — status, submission, disposition and every event's type, time, actor kind, text and steps — by
 * two key lookups each, without bodies, identities, attachments or the sealing key. Used by
 * {@link DashboardQueries} on its own reader connection.
 */
final class DashboardClocks {
    private static final String CANDIDATES = "SELECT DISTINCT c.id, c.rid FROM event e JOIN complaint c ON c.rid = e.complaint_rid"
            + " WHERE e.at >= ? AND e.at < ? AND e.type IN (%s) LIMIT ?";
    private static final String COMPLAINT = "SELECT tracking_id, version, status, submitted_at, disposed_at, classification,"
            + " channel FROM complaint WHERE rid = ?";
    private static final String EVENTS = "SELECT id, type, at, actor_kind, text, unit_step, review_step FROM event"
            + " WHERE complaint_rid = ? ORDER BY seq";
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
        List<String> ids = new ArrayList<>();
        List<Long> rids = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                rids.add(rs.getLong(2));
            }
        }
        List<Complaint> out = new ArrayList<>(ids.size());
        for (int k = 0; k < ids.size(); k++) {
            complaint(db, ids.get(k), rids.get(k)).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Complaint> complaint(Db db, String id, long rid) throws SQLException {
        PreparedStatement p = db.ps(COMPLAINT);
        p.setLong(1, rid);
        try (ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long disposed = rs.getLong(5);
            Optional<Instant> disposedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(disposed));
            Status status = OpenValues.parse(Status.class, rs.getString(3));
            Channel channel = OpenValues.parse(Channel.class, rs.getString(7));
            Classification classification = OpenValues.parse(Classification.class, rs.getString(6));
            // Values this version does not know keep the names they arrived with (as ReportFacts).
            Map<String, String> received = status != Status.OTHER && channel != Channel.OTHER
                    && classification != Classification.OTHER ? Map.of() : Map.of(Complaint.STATUS, rs.getString(3), Complaint.CHANNEL, rs.getString(7),
                    Complaint.CLASSIFICATION, rs.getString(6));
            return Optional.of(new Complaint(id, new TrackingId(rs.getString(1)), rs.getLong(2), "", "", classification, false,
                    false, NO_CATEGORY, channel, status, Instant.ofEpochMilli(rs.getLong(4)), disposedAt, Optional.empty(),
                    NOWHERE, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), events(db, rid), received));
        }
    }

    private static List<Event> events(Db db, long rid) throws SQLException {
        PreparedStatement p = db.ps(EVENTS);
        p.setLong(1, rid);
        List<Event> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ActorKind kind = ActorKind.valueOf(rs.getString(4));
                out.add(new Event(rs.getString(1), OpenValues.parse(EventType.class, rs.getString(2)),
                        Instant.ofEpochMilli(rs.getLong(3)), new Actor(kind, ""), rs.getString(5), List.of(), rs.getString(2),
                        UnitSteps.fromJson(rs.getString(6)), ReviewSteps.fromJson(rs.getString(7))));
            }
        }
        return out;
    }
}
