package id.penghubung.store;

import static id.penghubung.store.CaseStoreEncryptionTest.EMAIL;
import static id.penghubung.store.CaseStoreEncryptionTest.NAME;
import static id.penghubung.store.CaseStoreEncryptionTest.NIK;
import static id.penghubung.store.CaseStoreEncryptionTest.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.model.action.Note;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: a conflict's server answer names the reporter; it is sealed like every identity value. */
class ConflictAnswerSealingTest {
    private static final String ANSWER = "{\"id\":\"c-1\",\"version\":7,\"reporter\":{\"name\":\"" + NAME
            + "\",\"phone\":\"" + PHONE + "\",\"email\":\"" + EMAIL + "\",\"nik\":\"" + NIK + "\"}}";

    @TempDir
    Path dir;

    private final DataKey key = DataKey.generate();

    @AfterEach
    void dropKey() {
        key.close();
    }

    private CaseStore open(Path file) {
        return CaseStore.open(file, SyntheticComplaints.deadlines(), Clock.systemUTC(), FieldCipher.of(key));
    }

    @Test
    void aConflictAnswerIsSealedReadsBackAndIsLockedAway() throws Exception {
        Path file = dir.resolve("cache.db");
        try (CaseStore store = open(file)) {
            UUID id = store.enqueue("c-1", 3, new Note("catatan")).actionId();
            assertThat(store.markConflict(id, ANSWER)).isTrue();
            assertThat(store.outboxEntry(id).orElseThrow().serverAnswerJson()).contains(ANSWER);
            CaseStoreEncryptionTest.assertNothingOnDisk(file);
            store.lock();
            assertThatThrownBy(() -> store.outboxEntry(id)).isInstanceOf(StoreLockedException.class);
        }
        CaseStoreEncryptionTest.assertNothingOnDisk(file);
    }

    @Test
    void aPlainAnswerKeptByAVersion5StoreIsSealedAtTheNextOpenAndScrubbed() throws Exception {
        Path file = dir.resolve("cache.db");
        UUID id;
        try (CaseStore store = open(file)) {
            id = store.enqueue("c-1", 3, new Note("catatan")).actionId();
            assertThat(store.markConflict(id, "{}")).isTrue();
        }
        // As a v5 release left it (the audit chain, no held records): the answer as TEXT in the outbox.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE held_record");
            s.executeUpdate("DROP TABLE reporter_match");
            s.executeUpdate("DROP TABLE redirect");
            s.executeUpdate("ALTER TABLE outbox DROP COLUMN base_copy");
            s.executeUpdate("DROP INDEX event_queue");
            s.executeUpdate("ALTER TABLE event DROP COLUMN review_step");
            s.executeUpdate("ALTER TABLE event DROP COLUMN unit_step");
            s.executeUpdate("PRAGMA user_version = 5");
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox SET server_answer = ? WHERE action_id = ?")) {
                p.setString(1, ANSWER);
                p.setString(2, id.toString());
                p.executeUpdate();
            }
        }
        assertThat(CaseStoreEncryptionTest.contains(file, NIK)).isTrue();

        try (CaseStore store = open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.CURRENT);
            assertThat(store.outboxEntry(id).orElseThrow().serverAnswerJson()).contains(ANSWER);
            CaseStoreEncryptionTest.assertNothingOnDisk(file);
        }
        CaseStoreEncryptionTest.assertNothingOnDisk(file);
    }
}
