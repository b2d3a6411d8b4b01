package id.penghubung.central;

import id.penghubung.protocol.WireSlaPolicy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Auto-finish as time passes on the running training server (issue 22): before the changes feed and
 * the actions are served, every open complaint whose auto-finish has come by the server's clock (the
 * training clock too) is closed by the SYSTEM as a new version ({@link AutoFinish}), so the desk's next
 * pull brings it. A full look is taken only when needed: at the first request, when the earliest
 * auto-finish seen last time has come, or the policy's auto-finish length in days after the last look
 * (a follow-up given since cannot end its working days sooner). The length is the published
 * {@code autoFinishWorkingDays}.
 *
 * <p>The first look is taken as the server starts, before it serves ({@link #lookAtStart}), not by the
 * first desk's request: over a large world it reads every open complaint (seconds at 300,000), and the
 * first sync used to wait for it. If any complaint changed between that look and the first request
 * (an admin's change), the first request looks again, so what a request sees is what the look at the
 * first request saw before.
 */
final class AutoFinishSweep {
    // A prefilter on the stored JSON; AutoFinish checks the status itself.
    private static final String OPEN = "SELECT doc, notes, last_foreign_version FROM complaints"
            + " WHERE doc LIKE '%\"status\":\"PROSES\"%' OR doc LIKE '%\"status\":\"BELUM_DITINDAKLANJUTI\"%'";

    private final CentralDatabase db;
    private final Clock clock;
    private final WireSlaPolicy published;
    /** A follow-up given after a look ends its auto-finish no sooner than this (n working days span at least n days). */
    private final Duration horizon;
    private Instant nextLook = Instant.MIN;
    /** The change sequence right after the look at start; -1 once a request has checked it (or without one). */
    private long seqAfterStartLook = -1;

    AutoFinishSweep(CentralDatabase db, Clock clock, WireSlaPolicy published) {
        this.db = Objects.requireNonNull(db);
        this.clock = Objects.requireNonNull(clock);
        this.published = Objects.requireNonNull(published);
        this.horizon = Duration.ofDays(Math.max(1, published.autoFinishWorkingDays()));
    }

    /** The first look, taken as the server starts, before it serves. */
    synchronized void lookAtStart() throws SQLException {
        look(clock.instant());
        seqAfterStartLook = db.lastSeq();
    }

    /** Closes what auto-finish closes by now; cheap when nothing can be due yet. */
    synchronized void sweep() throws SQLException {
        if (seqAfterStartLook >= 0) {
            // A complaint written after the look at start (an admin's change): look again, as the first request did.
            if (db.lastSeq() != seqAfterStartLook) {
                nextLook = Instant.MIN;
            }
            seqAfterStartLook = -1;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextLook)) {
            return;
        }
        look(now);
    }

    private void look(Instant now) throws SQLException {
        AutoFinish autoFinish = new AutoFinish(now, published);
        nextLook = db.write(c -> {
            Instant soonest = now.plus(horizon);
            try (PreparedStatement ps = c.prepareStatement(OPEN); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ComplaintRecord record = ComplaintStore.record(rs.getString(1), rs.getString(2), rs.getLong(3));
                    ComplaintRecord after = autoFinish.apply(record);
                    if (after != record) {
                        ComplaintStore.update(c, after, db);
                    } else {
                        Instant due = autoFinish.running(record.wire()).orElse(soonest);
                        soonest = due.isBefore(soonest) ? due : soonest;
                    }
                }
            }
            return soonest;
        });
    }
}
