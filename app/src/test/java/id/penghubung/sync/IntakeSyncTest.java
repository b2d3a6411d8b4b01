package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.Location;
import id.penghubung.model.Reporter;
import id.penghubung.model.action.Create;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A complaint entered at the desk (CREATE) on its way through the outbox to the server and back (issue 20). */
class IntakeSyncTest {
    private static final String NAME = "Budi Santoso Penelepon";

    @TempDir
    Path data;

    static Create create(String title, Optional<Reporter> reporter) {
        return new Create(title, "Pelapor menelepon: lampu PJU di depan nomor 120 mati sejak seminggu.", "pu.jalan",
                Classification.PENGADUAN, Channel.PHONE,
                new Location("32", "Jawa Barat", "Kota Bandung", "Coblong", "Cipaganti", "Jalan Cihampelas 120", Optional.empty()),
                reporter, Instant.now().minus(2, ChronoUnit.HOURS), List.of());
    }

    @Test
    void aQueuedCreateKeepsItsReporterSealedAndComesBackWithItsTrackingId() throws IOException {
        try (TrainingWorld world = TrainingWorld.start(20, null); Session session = world.session(data, "penghubung")) {
            CaseStore store = session.store();
            session.engine().sync(SyncListener.NONE);
            String id = UUID.randomUUID().toString();
            Reporter budi = new Reporter(NAME, Optional.of("082112345678"), Optional.empty(), Optional.empty());

            store.enqueue(id, 0, create("Lampu jalan mati di Cihampelas", Optional.of(budi)));

            OutboxEntry queued = store.outboxFor(id).getFirst();
            assertThat(queued.orphaned()).isFalse();
            assertThat(queued.action().type()).isEqualTo(ActionType.CREATE);
            assertThat(((Create) queued.action()).reporter()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo(NAME));
            assertThat(filesContaining(NAME)).as("the reporter is never in the clear on disk").isEmpty();

            assertThat(session.engine().sync(SyncListener.NONE).applied()).isEqualTo(1);

            Complaint made = store.complaint(id).orElseThrow();
            assertThat(made.trackingId().value()).matches("[0-9]{7}");
            assertThat(made.channel()).isEqualTo(Channel.PHONE);
            assertThat(store.outboxFor(id)).extracting(OutboxEntry::state).containsExactly(OutboxState.APPLIED);
            assertThat(world.applied(id)).hasSize(1);
        }
    }

    @Test
    void lostAnswersStillMakeOneComplaint() {
        try (TrainingWorld world = TrainingWorld.start(20, "dropAfterCommit=0.5"); Session session = world.session(data, "penghubung")) {
            CaseStore store = session.store();
            String id = UUID.randomUUID().toString();
            store.enqueue(id, 0, create("Jalan rusak dilaporkan lewat surat", Optional.empty()));

            for (int i = 0; i < 20 && store.outbox().stream().anyMatch(e -> e.complaintId().equals(id)); i++) {
                try {
                    session.engine().sync(SyncListener.NONE);
                } catch (RuntimeException dropped) {
                    // The answer was lost after the server committed; the next sync sends the same actionId again.
                }
            }

            assertThat(world.applied(id)).hasSize(1);
            assertThat(store.complaint(id)).isPresent();
            assertThat(store.outboxFor(id)).extracting(OutboxEntry::state).containsExactly(OutboxState.APPLIED);
        }
    }

    private List<Path> filesContaining(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).filter(f -> contains(read(f), needle)).toList();
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
