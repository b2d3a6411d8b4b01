package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.UnitTask;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.action.Note;
import id.penghubung.model.action.UnitOrder;
import id.penghubung.model.action.UnitReply;
import id.penghubung.protocol.AppliedAction;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units that answer through the real outbox and the training server (issue 20): a DISPOSE queued by
 * an older release (one unit and a note, stored in the old format) still decodes and is sent, next
 * to a disposition to two units and a unit's answer queued now; the pulled chronology keeps each
 * unit, its due date and who answered in the store.
 */
class UnitOutboxSyncTest {
    @TempDir
    Path data;

    @Test
    void anOldSingleUnitDisposeInTheOutboxIsSentBesideTheNewActions() throws Exception {
        try (TrainingWorld world = TrainingWorld.start(20, null); Session session = world.session(data, "penghubung")) {
            CaseStore store = session.store();
            session.engine().sync(SyncListener.NONE);
            Complaint c = TrainingWorld.openComplaints(store, 1).getFirst();
            store.enqueue(c.id(), c.version(), new Note("akan diganti"));
            UUID legacy = store.outboxFor(c.id()).getFirst().actionId();
            // Exactly what a release before issue 20 wrote for a disposition.
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                    PreparedStatement p = db.prepareStatement("UPDATE outbox SET type = 'DISPOSE', payload = ? WHERE action_id = ?")) {
                p.setString(1, "{\"type\":\"DISPOSE\",\"unitId\":\"bdg-dsdabm\",\"note\":\"Mohon dicek ke lokasi.\"}");
                p.setString(2, legacy.toString());
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
            assertThat(store.outboxFor(c.id()).getFirst().action()).isEqualTo(new Dispose("bdg-dsdabm", "Mohon dicek ke lokasi."));
            store.enqueue(c.id(), c.version(), new Dispose(List.of(
                    new UnitOrder("bdg-dinkes", "Mohon cek puskesmas.", Optional.empty()),
                    new UnitOrder("bdg-dishub", "Mohon pasang rambu.", Optional.of(LocalDate.now(id.penghubung.model.calendar
                            .WorkingCalendar.DEFAULT_ZONE))))));
            store.enqueue(c.id(), c.version(), new UnitReply("bdg-dinkes", "Puskesmas sudah ditegur.", List.of(),
                    "Kabid Pelayanan Kesehatan", Instant.now()));

            SyncReport report = session.engine().sync(SyncListener.NONE);

            assertThat(report.applied()).isEqualTo(3);
            assertThat(store.outboxFor(c.id())).extracting(OutboxEntry::state).containsOnly(id.penghubung.store.OutboxState.APPLIED);
            assertThat(world.applied(c.id())).extracting(AppliedAction::actionId).contains(legacy.toString());
            Complaint stored = store.complaint(c.id()).orElseThrow();
            Map<String, UnitTask> tasks = UnitTask.of(stored).stream().collect(Collectors.toMap(UnitTask::unitId, t -> t));
            assertThat(tasks.keySet()).containsExactlyInAnyOrder("bdg-dsdabm", "bdg-dinkes", "bdg-dishub");
            assertThat(tasks.get("bdg-dsdabm").dueDate()).isPresent();
            assertThat(tasks.get("bdg-dinkes").state()).isEqualTo(UnitTask.State.ANSWERED);
            assertThat(tasks.get("bdg-dinkes").reply().orElseThrow().unitStep().orElseThrow().answeredBy())
                    .contains("Kabid Pelayanan Kesehatan");
            assertThat(tasks.get("bdg-dishub").isOpen()).isTrue();
            assertThat(stored.events()).extracting(e -> e.type()).contains(id.penghubung.model.EventType.UNIT_REPLIED);
            assertThat(ActionType.valueOf("UNIT_REPLY")).isEqualTo(store.outboxFor(c.id()).getLast().action().type());
        }
    }
}
