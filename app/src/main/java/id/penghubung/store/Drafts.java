package id.penghubung.store;

import id.penghubung.model.ActionType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The drafts room of {@link CaseStore}: the officer's autosaved texts, sealed with the data key. */
final class Drafts {
    private final Db writer;
    private final Db reader;
    private final Sealing sealing;
    private final Clock clock;

    Drafts(Db writer, Db reader, Sealing sealing, Clock clock) {
        this.writer = writer;
        this.reader = reader;
        this.sealing = sealing;
        this.clock = clock;
    }


    /** Autosave: upserts the draft of one action kind on one complaint (committed when this returns). */
    Draft save(String complaintId, ActionType kind, String text) {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(kind, "kind");
        String clean = Texts.clean("draft", Objects.requireNonNull(text, "text"), Texts.MAX_DRAFT);
        Instant now = clock.instant();
        return writer.tx(() -> {
            PreparedStatement p = writer.ps("INSERT INTO draft (complaint_id, kind, text, updated_at, orphaned, enc)"
                    + " VALUES (?, ?, ?, ?, NOT EXISTS (SELECT 1 FROM complaint WHERE id = ?), ?)"
                    + " ON CONFLICT (complaint_id, kind) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,"
                    + " orphaned = excluded.orphaned, enc = excluded.enc");
            p.setString(1, complaintId);
            p.setString(2, kind.name());
            sealing.bind(p, 3, clean, Sealing.draft(complaintId, kind.name()));
            p.setLong(4, now.toEpochMilli());
            p.setString(5, complaintId);
            p.setInt(6, sealing.encFlag());
            p.executeUpdate();
            return read(writer, sealing, complaintId, kind).orElseThrow();
        });
    }

    Optional<Draft> draft(String complaintId, ActionType kind) {
        return reader.read(() -> read(reader, sealing, complaintId, kind));
    }

    /** Every draft, most recently edited first, orphaned ones included (flagged). */
    List<Draft> all() {
        return reader.read(() -> {
            List<Draft> out = new ArrayList<>();
            try (ResultSet rs = reader.ps("SELECT complaint_id, kind, text, updated_at, orphaned FROM draft"
                    + " ORDER BY updated_at DESC, complaint_id, kind").executeQuery()) {
                while (rs.next()) {
                    out.add(of(rs, sealing));
                }
            }
            return out;
        });
    }

    boolean delete(String complaintId, ActionType kind) {
        return writer.tx(() -> {
            PreparedStatement p = writer.ps("DELETE FROM draft WHERE complaint_id = ? AND kind = ?");
            p.setString(1, complaintId);
            p.setString(2, kind.name());
            return p.executeUpdate() > 0;
        });
    }

    private static Optional<Draft> read(Db db, Sealing sealing, String complaintId, ActionType kind)
            throws SQLException {
        PreparedStatement p = db.ps("SELECT complaint_id, kind, text, updated_at, orphaned FROM draft"
                + " WHERE complaint_id = ? AND kind = ?");
        p.setString(1, complaintId);
        p.setString(2, kind.name());
        try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? Optional.of(of(rs, sealing)) : Optional.empty();
        }
    }

    static Draft of(ResultSet rs, Sealing sealing) throws SQLException {
        String complaintId = rs.getString(1);
        String kind = rs.getString(2);
        return new Draft(complaintId, ActionType.valueOf(kind), sealing.read(rs, 3, Sealing.draft(complaintId, kind)),
                Instant.ofEpochMilli(rs.getLong(4)), rs.getInt(5) != 0);
    }
}
