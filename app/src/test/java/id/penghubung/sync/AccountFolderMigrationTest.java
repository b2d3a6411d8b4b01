package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.action.Note;
import id.penghubung.store.account.Account;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.crypto.KeyWrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts are keyed by server host and port: two training servers on one computer keep apart, and
 * a folder of the older {@code <host>_<user>} layout moves to its new name on first open with its
 * key, cache and queued work intact.
 */
class AccountFolderMigrationTest {
    @TempDir
    Path data;

    @Test
    void twoServersOnOneHostGetTwoFoldersAndAnOldFolderMovesWithNothingLost() throws Exception {
        try (TrainingWorld first = TrainingWorld.start(30, null); TrainingWorld second = TrainingWorld.start(10, null)) {
            UUID queued;
            java.util.Optional<String> cursor;
            String complaintId;
            Path folder;
            try (Session session = first.session(data, "penghubung")) {
                session.engine().sync(SyncListener.NONE);
                Complaint c = TrainingWorld.openComplaints(session.store(), 1).getFirst();
                queued = session.store().enqueue(c.id(), c.version(), new Note("antre sebelum pindah folder")).actionId();
                cursor = session.store().cursor();
                complaintId = c.id();
                folder = session.account().folder();
            }
            int port = java.net.URI.create(first.url()).getPort();
            assertThat(folder.getFileName().toString()).isEqualTo("127.0.0.1-" + port + "_penghubung");

            // The layout of earlier releases: one folder per host and user.
            Path legacy = data.resolve("accounts").resolve("127.0.0.1_penghubung");
            Files.move(folder, legacy);
            byte[] key = Files.readAllBytes(KeyWrap.fileIn(legacy));
            assertThat(legacy.resolve(Account.CACHE_FILE)).exists();

            try (Session session = first.session(data, "penghubung")) {
                assertThat(session.account().folder()).isEqualTo(folder);
                assertThat(legacy).doesNotExist();
                assertThat(Files.readAllBytes(KeyWrap.fileIn(folder))).isEqualTo(key);
                // Before any sync: the cache and the queued note came along.
                assertThat(cursor).isPresent();
                assertThat(session.store().cursor()).isEqualTo(cursor);
                assertThat(session.store().complaint(complaintId)).isPresent();
                assertThat(session.store().outboxEntry(queued)).isPresent();
            }

            try (Session other = second.session(data, "penghubung")) {
                assertThat(other.account().folder()).isNotEqualTo(folder);
                assertThat(other.store().outboxEntry(queued)).isEmpty();
                assertThat(other.store().cursor()).isEmpty();
                assertThat(other.store().complaint(complaintId)).isEmpty();
            }
            assertThat(new AccountRegistry(data).accounts()).extracting(Account::folder).containsExactlyInAnyOrder(folder,
                    data.resolve("accounts").resolve("127.0.0.1-" + java.net.URI.create(second.url()).getPort() + "_penghubung"));
        }
    }
}
