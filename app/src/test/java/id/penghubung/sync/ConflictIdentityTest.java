package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.model.Complaint;
import id.penghubung.model.Reporter;
import id.penghubung.model.action.Note;
import id.penghubung.protocol.Json;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxState;
import id.penghubung.testing.ByteSearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: a conflict keeps the server's whole complaint for the officer to compare; that copy names
 * the reporter. After a real conflict over HTTP and a resend, no file of the account holds the
 * reporter's name, phone, e-mail or NIK (sealed while kept, and its free pages zeroed once dropped).
 */
class ConflictIdentityTest {
    @TempDir
    Path data;

    @Test
    void aConflictAndItsResendLeaveNoReporterIdentityInAnyFile() throws Exception {
        Reporter reporter;
        Path folder;
        try (TrainingWorld world = TrainingWorld.start(300, null); Session session = world.session(data, "penghubung")) {
            folder = session.account().folder();
            CaseStore store = session.store();
            session.engine().sync(SyncListener.NONE);
            Complaint contested = TrainingWorld.openComplaints(store, 300).stream()
                    .filter(c -> c.reporter().filter(r -> r.phone().isPresent() && r.nik().isPresent()
                            && r.email().isPresent()).isPresent())
                    .findFirst().orElseThrow();
            reporter = contested.reporter().orElseThrow();
            UUID action = store.enqueue(contested.id(), contested.version(), new Note("catatan")).actionId();
            // The reporter replies meanwhile: the server's answer names them on the complaint and on the event.
            world.reporterReply(contested.id(), "Saya tambahkan keterangan.");

            assertThat(session.engine().sync(SyncListener.NONE).conflicts()).isEqualTo(1);
            String answer = store.outboxEntry(action).orElseThrow().serverAnswerJson().orElseThrow();
            // The officer still sees the whole answer (identity included) while unlocked.
            assertThat(answer).contains(reporter.name(), reporter.nik().orElseThrow());
            assertNoIdentityIn(folder, reporter);

            JsonNode tree = Json.lenient().readTree(answer);
            assertThat(store.resend(action, tree.get("version").asLong())).isTrue();
            assertThat(session.engine().sync(SyncListener.NONE).applied()).isEqualTo(1);
            assertThat(store.outboxEntry(action).orElseThrow().state()).isEqualTo(OutboxState.APPLIED);
        }
        assertNoIdentityIn(folder, reporter);
    }

    /** Every file of the account folder (cache.db, -wal, -shm, cache.db-search, key, attachments), byte for byte. */
    static void assertNoIdentityIn(Path folder, Reporter r) throws IOException {
        List<String> needles = new ArrayList<>(List.of(r.name(), r.phone().orElseThrow(), r.nik().orElseThrow()));
        r.email().ifPresent(needles::add);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.getFileName().toString().equals("cache.db"));
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (String needle : needles) {
                assertThat(ByteSearch.indexOf(bytes, needle.getBytes(StandardCharsets.UTF_8)))
                        .as("%s in %s", needle, f.getFileName()).isNegative();
            }
        }
    }
}
