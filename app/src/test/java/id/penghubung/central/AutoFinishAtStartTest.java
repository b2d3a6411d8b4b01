package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Status;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the training server takes its first auto-finish look as it starts, not in the first desk's
 * sync; a complaint changed between that look and the first request is still looked at by that request,
 * as it was when the first request took the first look.
 */
class AutoFinishAtStartTest {
    @TempDir
    Path dir;

    @Test
    void aComplaintReopenedAfterTheLookAtStartIsClosedAgainByTheFirstRequest() throws Exception {
        CentralConfig config = CentralConfig.forTests(200).withDataDir(dir);
        try (CentralServer server = CentralServer.start(config)) {
            server.port();
        }
        CentralDatabase db = new CentralDatabase(dir.resolve("central.db"));
        try {
            AutoFinishSweep sweep = new AutoFinishSweep(db, config.clock(), config.sla());
            sweep.lookAtStart();
            ComplaintRecord finished = db.read(c -> ComplaintStore.complaintsAfter(c, null, null, 0, 100_000)).stream()
                    .filter(r -> !r.isRemoval()).map(Rows::parse)
                    .filter(r -> r.wire().knownStatus() == Status.SELESAI
                            && r.wire().events().getLast().actor().kind() == ActorKind.SYSTEM
                            && r.wire().events().getLast().id().endsWith("-af"))
                    .findFirst().orElseThrow();
            // Reopened after the look (as an admin might): its system completion taken back, a new version.
            WireComplaint w = finished.wire();
            List<WireEvent> events = w.events().subList(0, w.events().size() - 1);
            WireComplaint reopened = new WireComplaint(w.id(), w.trackingId(), w.version() + 1, w.title(), w.body(), w.classification(),
                    w.anonymous(), w.confidential(), w.category(), w.channel(), Status.PROSES.name(), w.submittedAt(), w.disposedAt(),
                    w.incidentDate(), w.location(), w.agency(), w.unit(), w.reporter(), w.attachments(), events, w.redirect());
            db.write(c -> {
                ComplaintStore.update(c, new ComplaintRecord(reopened, finished.noteAgencies(), reopened.version()), db);
                return null;
            });

            sweep.sweep(); // the first request

            WireComplaint after = db.read(c -> ComplaintStore.find(c, w.id())).orElseThrow().wire();
            assertThat(after.knownStatus()).isEqualTo(Status.SELESAI);
            assertThat(after.version()).isEqualTo(reopened.version() + 1);
            assertThat(after.events().getLast().actor().kind()).isEqualTo(ActorKind.SYSTEM);
        } finally {
            db.close();
        }
    }

    /** Parses a feed row, for streams. */
    private static final class Rows {
        static ComplaintRecord parse(ComplaintStore.FeedRow row) {
            try {
                return row.parse();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
