package id.penghubung.store;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.OfficerAction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The outbox room of {@link CaseStore}: the state machine of the officer's queued actions, the heart
 * of exactly-once. An entry is PENDING, goes SENDING before its request, and ends APPLIED (with the
 * complaint's new version), CONFLICT or REJECTED (with the server's answer, sealed); a failed attempt
 * puts it back to PENDING. Per complaint only the head of the queue is sent; CONFLICT/REJECTED
 * quarantine the complaint until the officer resends or discards. APPLIED entries are read by nothing
 * but the rebase in {@link #markApplied}: the sync prunes them after a week ({@link #pruneApplied(Duration)}).
 */
final class Outbox {
    private final Db writer;
    private final Db reader;
    private final Sealing sealing;
    private final Clock clock;

    Outbox(Db writer, Db reader, Sealing sealing, Clock clock) {
        this.writer = writer;
        this.reader = reader;
        this.sealing = sealing;
        this.clock = clock;
    }

    static final String COLUMNS = "action_id, complaint_id, base_version, payload, state, attempts,"
            + " last_error, created_at, server_answer, applied_version, orphaned";

    /**
     * Queues an action on the complaint version the officer saw, keeping {@code base} (the complaint as
     * the officer saw it, when cached) as its sealed base copy; returns the entry with its new actionId.
     */
    OutboxEntry enqueue(String complaintId, long baseVersion, OfficerAction action, Optional<Complaint> base) {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(action, "action");
        UUID id = UUID.randomUUID();
        String payload = Texts.clean("action", IntakeOutbox.payload(action, id.toString(), sealing), Texts.MAX_PAYLOAD);
        Instant now = clock.instant();
        return writer.tx(() -> {
            insert(id, complaintId, baseVersion, action.type(), payload, OutboxState.PENDING, 0, null, now, null,
                    null);
            keepBase(id, base);
            return readEntry(writer, id).orElseThrow();
        });
    }

    /**
     * New complaints (CREATE, base version 0) queued in one transaction: each row whole or, if the
     * transaction fails, none of them. A complaint id already queued or cached is skipped (an import
     * resumed). Returns, per row in order, whether it was queued now.
     */
    List<Boolean> enqueueNew(List<Map.Entry<String, OfficerAction>> rows) {
        Instant now = clock.instant();
        List<UUID> ids = new ArrayList<>(rows.size());
        List<String> payloads = new ArrayList<>(rows.size());
        for (Map.Entry<String, OfficerAction> row : rows) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            payloads.add(Texts.clean("action", IntakeOutbox.payload(row.getValue(), id.toString(), sealing), Texts.MAX_PAYLOAD));
        }
        return writer.tx(() -> {
            PreparedStatement known = writer.ps("SELECT EXISTS (SELECT 1 FROM outbox WHERE complaint_id = ?)"
                    + " OR EXISTS (SELECT 1 FROM complaint WHERE id = ?)");
            List<Boolean> queued = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                String complaintId = rows.get(i).getKey();
                known.setString(1, complaintId);
                known.setString(2, complaintId);
                boolean exists;
                try (ResultSet rs = known.executeQuery()) {
                    exists = rs.next() && rs.getInt(1) != 0;
                }
                if (!exists) {
                    insert(ids.get(i), complaintId, 0, rows.get(i).getValue().type(), payloads.get(i), OutboxState.PENDING, 0, null,
                            now, null, null);
                }
                queued.add(!exists);
            }
            return queued;
        });
    }

    void insert(UUID id, String complaintId, long baseVersion, ActionType type, String payload,
            OutboxState state, int attempts, String lastError, Instant createdAt, String answer, Long appliedVersion)
            throws SQLException {
        PreparedStatement p = writer.ps("INSERT INTO outbox (action_id, complaint_id, base_version, type, payload, state,"
                + " attempts, last_error, created_at, updated_at, server_answer, applied_version, orphaned)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? <> 'CREATE' AND NOT EXISTS (SELECT 1 FROM complaint WHERE id = ?))");
        p.setString(1, id.toString());
        p.setString(2, complaintId);
        p.setLong(3, baseVersion);
        p.setString(4, type.name());
        p.setString(5, payload);
        p.setString(6, state.name());
        p.setInt(7, attempts);
        p.setString(8, lastError);
        p.setLong(9, createdAt.toEpochMilli());
        p.setLong(10, clock.instant().toEpochMilli());
        sealing.bind(p, 11, answer, Sealing.answer(id.toString()));
        p.setObject(12, appliedVersion);
        p.setString(13, type.name()); // a new complaint is not cached before the server makes it: not an orphan
        p.setString(14, complaintId);
        p.executeUpdate();
    }

    Optional<OutboxEntry> entry(UUID actionId) {
        return reader.read(() -> readEntry(reader, actionId));
    }

    /** Every entry not yet applied (pending, sending, conflict, rejected; orphaned ones too), oldest first. */
    List<OutboxEntry> notApplied() {
        return reader.read(() -> entries(reader.ps("SELECT " + COLUMNS
                + " FROM outbox WHERE state <> 'APPLIED' ORDER BY seq")));
    }

    /** Every entry of one complaint, in every state, oldest first. */
    List<OutboxEntry> of(String complaintId) {
        return reader.read(() -> {
            PreparedStatement p = reader.ps("SELECT " + COLUMNS + " FROM outbox WHERE complaint_id = ? ORDER BY seq");
            p.setString(1, complaintId);
            return entries(p);
        });
    }

    /**
     * What the sync should send now, oldest first: for each complaint only the head of its queue (its
     * oldest entry not yet applied), and only when that head is PENDING or SENDING and not orphaned.
     * So a complaint with a CONFLICT/REJECTED entry is quarantined until the officer resends or
     * discards it, and actions on one complaint go one at a time: {@link #markApplied} rebases the
     * next one onto the new version, which avoids a self-inflicted conflict.
     */
    List<OutboxEntry> sendable(int limit) {
        return reader.read(() -> {
            PreparedStatement p = reader.ps("SELECT " + COLUMNS + " FROM outbox o"
                    + " WHERE o.state IN ('PENDING','SENDING') AND o.orphaned = 0"
                    + " AND o.seq = (SELECT min(x.seq) FROM outbox x WHERE x.complaint_id = o.complaint_id"
                    + " AND x.state <> 'APPLIED')"
                    + " ORDER BY o.seq LIMIT ?");
            p.setInt(1, limit);
            return entries(p);
        });
    }

    /** PENDING → SENDING, before the request goes out. */
    boolean markSending(UUID actionId) {
        return transition(actionId, "state = 'SENDING'", "state = 'PENDING'");
    }

    /**
     * PENDING/SENDING → APPLIED with the complaint's new version. The complaint's next PENDING
     * entries queued on the same base version are rebased onto {@code newVersion}: they build on
     * the officer's own change, not on someone else's.
     */
    boolean markApplied(UUID actionId, long newVersion) {
        return writer.tx(() -> {
            Optional<OutboxEntry> e = readEntry(writer, actionId);
            if (e.isEmpty() || !(e.get().state() == OutboxState.PENDING || e.get().state() == OutboxState.SENDING)) {
                return false;
            }
            PreparedStatement p = writer.ps("UPDATE outbox SET state = 'APPLIED', applied_version = ?, last_error = NULL,"
                    + " updated_at = ?, base_copy = NULL WHERE action_id = ?");
            p.setLong(1, newVersion);
            p.setLong(2, clock.instant().toEpochMilli());
            p.setString(3, actionId.toString());
            p.executeUpdate();
            PreparedStatement r = writer.ps("UPDATE outbox SET base_version = ? WHERE complaint_id = ?"
                    + " AND state = 'PENDING' AND base_version = ? AND seq > (SELECT seq FROM outbox WHERE action_id = ?)");
            r.setLong(1, newVersion);
            r.setString(2, e.get().complaintId());
            r.setLong(3, e.get().baseVersion());
            r.setString(4, actionId.toString());
            r.executeUpdate();
            return true;
        });
    }

    /** PENDING/SENDING → CONFLICT, keeping the server's answer (its current complaint) for the officer. */
    boolean markConflict(UUID actionId, String serverAnswerJson) {
        return answer(actionId, OutboxState.CONFLICT, serverAnswerJson);
    }

    /** PENDING/SENDING → REJECTED, keeping the server's error for the officer. */
    boolean markRejected(UUID actionId, String serverAnswerJson) {
        return answer(actionId, OutboxState.REJECTED, serverAnswerJson);
    }

    private boolean answer(UUID actionId, OutboxState state, String json) {
        // An answer over the cap is trimmed, never refused: a refusal here stopped every sync before its pull.
        String clean = Texts.clean("serverAnswer", AnswerTrim.bounded(Objects.requireNonNull(json, "serverAnswerJson"),
                Texts.MAX_SERVER_ANSWER), Texts.MAX_SERVER_ANSWER);
        return writer.tx(() -> {
            PreparedStatement p = writer.ps("UPDATE outbox SET state = ?, server_answer = ?, updated_at = ?"
                    + " WHERE action_id = ? AND state IN ('PENDING','SENDING')");
            p.setString(1, state.name());
            sealing.bind(p, 2, clean, Sealing.answer(actionId.toString()));
            p.setLong(3, clock.instant().toEpochMilli());
            p.setString(4, actionId.toString());
            return p.executeUpdate() > 0;
        });
    }

    /** A failed attempt (network, 5xx): counts it, keeps the error, and puts the entry back to PENDING. */
    boolean recordAttempt(UUID actionId, String error) {
        String clean = Texts.clean("lastError", Objects.requireNonNullElse(error, ""), Texts.MAX_AUDIT_DETAIL);
        return writer.tx(() -> {
            PreparedStatement p = writer.ps("UPDATE outbox SET state = 'PENDING', attempts = attempts + 1, last_error = ?,"
                    + " updated_at = ? WHERE action_id = ? AND state IN ('PENDING','SENDING')");
            p.setString(1, clean);
            p.setLong(2, clock.instant().toEpochMilli());
            p.setString(3, actionId.toString());
            return p.executeUpdate() > 0;
        });
    }

    /** The officer takes an action back before it was sent: only while PENDING. */
    boolean withdraw(UUID actionId) {
        return writer.tx(() -> {
            PreparedStatement p = writer.ps("DELETE FROM outbox WHERE action_id = ? AND state = 'PENDING'");
            p.setString(1, actionId.toString());
            return p.executeUpdate() > 0;
        });
    }

    /**
     * CONFLICT/REJECTED → PENDING on the version the officer has now reviewed ({@code reviewed}: that
     * complaint, the new base copy, when cached); lifts the quarantine.
     */
    boolean resend(UUID actionId, long newBaseVersion, Function<String, Optional<Complaint>> reviewed) {
        Optional<Complaint> base = entry(actionId).flatMap(e -> reviewed.apply(e.complaintId()));
        return writer.tx(() -> {
            PreparedStatement p = writer.ps("UPDATE outbox SET state = 'PENDING', base_version = ?, server_answer = NULL,"
                    + " last_error = NULL, updated_at = ? WHERE action_id = ? AND state IN ('CONFLICT','REJECTED')");
            p.setLong(1, newBaseVersion);
            p.setLong(2, clock.instant().toEpochMilli());
            p.setString(3, actionId.toString());
            boolean done = p.executeUpdate() > 0;
            if (done && base.isPresent()) {
                keepBase(actionId, base);
            }
            return done;
        });
    }

    /** The action's base copy ({@link BaseCopy} JSON), while it is not applied and was cached when written. */
    Optional<String> baseCopy(UUID actionId) {
        return reader.read(() -> {
            PreparedStatement p = reader.ps("SELECT base_copy FROM outbox WHERE action_id = ?");
            p.setString(1, actionId.toString());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.ofNullable(sealing.read(rs, 1, Sealing.baseCopy(actionId.toString())))
                        : Optional.empty();
            }
        });
    }

    private void keepBase(UUID actionId, Optional<Complaint> base) throws SQLException {
        if (base.isEmpty()) {
            return;
        }
        String json = AnswerTrim.bounded(BaseCopy.toJson(base.get()), Texts.MAX_SERVER_ANSWER);
        PreparedStatement p = writer.ps("UPDATE outbox SET base_copy = ? WHERE action_id = ?");
        sealing.bind(p, 1, json, Sealing.baseCopy(actionId.toString()));
        p.setString(2, actionId.toString());
        p.executeUpdate();
    }

    /**
     * The officer gives up on an action (typically a conflict or rejection). Refused while SENDING:
     * the server may be applying it right now.
     */
    boolean discard(UUID actionId) {
        return writer.tx(() -> {
            PreparedStatement p = writer.ps("DELETE FROM outbox WHERE action_id = ? AND state <> 'SENDING'");
            p.setString(1, actionId.toString());
            return p.executeUpdate() > 0;
        });
    }

    /** Deletes APPLIED entries last changed more than {@code keep} ago (the store's clock); returns how many. */
    int pruneApplied(Duration keep) {
        return pruneApplied(clock.instant().minus(keep));
    }

    /** Deletes APPLIED entries last changed before {@code olderThan}; returns how many. */
    int pruneApplied(Instant olderThan) {
        return writer.tx(() -> {
            PreparedStatement p = writer.ps("DELETE FROM outbox WHERE state = 'APPLIED' AND updated_at < ?");
            p.setLong(1, olderThan.toEpochMilli());
            return p.executeUpdate();
        });
    }

    private boolean transition(UUID actionId, String set, String when) {
        return writer.tx(() -> {
            PreparedStatement p = writer.ps("UPDATE outbox SET " + set + ", updated_at = ? WHERE action_id = ? AND " + when);
            p.setLong(1, clock.instant().toEpochMilli());
            p.setString(2, actionId.toString());
            return p.executeUpdate() > 0;
        });
    }

    private Optional<OutboxEntry> readEntry(Db db, UUID actionId) throws SQLException {
        PreparedStatement p = db.ps("SELECT " + COLUMNS + " FROM outbox WHERE action_id = ?");
        p.setString(1, actionId.toString());
        List<OutboxEntry> list = entries(p);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    List<OutboxEntry> entries(PreparedStatement p) throws SQLException {
        List<OutboxEntry> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long applied = rs.getLong(10);
                Optional<Long> appliedVersion = rs.wasNull() ? Optional.empty() : Optional.of(applied);
                out.add(new OutboxEntry(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getLong(3),
                        IntakeOutbox.read(rs.getString(4), rs.getString(1), sealing), OutboxState.valueOf(rs.getString(5)), rs.getInt(6),
                        Optional.ofNullable(rs.getString(7)), Instant.ofEpochMilli(rs.getLong(8)),
                        Optional.ofNullable(sealing.read(rs, 9, Sealing.answer(rs.getString(1)))), appliedVersion,
                        rs.getInt(11) != 0));
            }
        }
        return out;
    }
}
