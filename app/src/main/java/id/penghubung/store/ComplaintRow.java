package id.penghubung.store;

import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One complaint's row in the {@code complaint} table: its columns, how a complaint binds to them,
 * and the derived flags (waiting for the reporter, needs follow-up) the inbox filters on.
 */
final class ComplaintRow {
    private static final Set<EventType> INCOMING =
            EnumSet.of(EventType.DISPOSED, EventType.DISPOSED_TO_UNIT, EventType.REDIRECTED, EventType.REPORTER_REPLIED);
    private static final Set<EventType> ANSWERS =
            EnumSet.of(EventType.RESPONDED, EventType.NOT_AUTHORIZED, EventType.COMPLETED);

    private static final String COLUMNS = "id, tracking_num, tracking_id, version, title, classification, anonymous,"
            + " confidential, category_id, category_name, category_parent_id, channel, status, open, submitted_at,"
            + " disposed_at, incident_date, province_id, province, regency, district, village, location_detail,"
            + " latitude, longitude, agency_id, agency_name, unit_id, unit_agency_id, unit_name, due_key,"
            + " waiting_for_reporter, needs_follow_up, cached_at";
    static final String INSERT = "INSERT INTO complaint (" + COLUMNS + ", rid) VALUES ("
            + "?,".repeat(34) + "?)";
    static final String UPDATE = "UPDATE complaint SET (" + COLUMNS + ") = ("
            + "?,".repeat(33) + "?) WHERE rid = ?";

    private ComplaintRow() {
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

    static void bind(PreparedStatement p, Complaint c, Optional<Instant> nextDue, Instant now) throws SQLException {
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
        p.setLong(i++, nextDue.map(Instant::toEpochMilli).orElse(CacheWriter.NO_DEADLINE));
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
