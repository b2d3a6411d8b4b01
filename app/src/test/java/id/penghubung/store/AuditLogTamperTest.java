package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log is a hash chain (HMAC under a key derived from the data key) checked at every open:
 * a row changed, deleted or re-ordered with raw SQLite (the triggers dropped, as an attacker would)
 * is reported, and the cache still opens.
 */
class AuditLogTamperTest {
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

    private Path withFiveEntries() {
        Path file = dir.resolve("cache.db");
        try (CaseStore store = open(file)) {
            for (int i = 1; i <= 5; i++) {
                store.audit("ani", "EXPORT", "count=" + i);
            }
            assertThat(store.auditProblems()).isEmpty();
        }
        return file;
    }

    private static void raw(Path file, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER IF EXISTS audit_log_no_update");
            s.executeUpdate("DROP TRIGGER IF EXISTS audit_log_no_delete");
            for (String q : sql) {
                s.executeUpdate(q);
            }
        }
    }

    private List<String> problemKeys(Path file) {
        try (CaseStore store = open(file)) {
            // The cache still opens and works after tampering: only a warning.
            assertThat(store.auditLog(10)).isNotEmpty();
            return store.auditProblems().stream().map(AuditLog.Problem::messageKey).toList();
        }
    }

    @Test
    void anUntouchedLogIsClean() {
        Path file = withFiveEntries();
        try (CaseStore store = open(file)) {
            store.audit("ani", "PRINT", "count=1");
        }
        try (CaseStore store = open(file)) {
            assertThat(store.auditProblems()).isEmpty();
            assertThat(store.auditLog(10)).hasSize(6);
            assertThat(store.integrityCheck().ok()).isTrue();
        }
    }

    @Test
    void aChangedRowIsReported() throws SQLException {
        Path file = withFiveEntries();
        raw(file, "UPDATE audit_log SET detail = 'count=0' WHERE seq = 3");
        assertThat(problemKeys(file)).containsExactly("store.audit.changed");
        try (CaseStore store = open(file)) {
            assertThat(store.auditProblems().getFirst().args()).containsExactly(3L);
            assertThat(store.integrityCheck().ok()).isFalse();
        }
    }

    @Test
    void aDeletedRowIsReported() throws SQLException {
        Path file = withFiveEntries();
        raw(file, "DELETE FROM audit_log WHERE seq = 2");
        assertThat(problemKeys(file)).containsExactly("store.audit.missing");
    }

    @Test
    void theNewestRowsDeletedAreReported() throws SQLException {
        Path file = withFiveEntries();
        raw(file, "DELETE FROM audit_log WHERE seq >= 4");
        assertThat(problemKeys(file)).containsExactly("store.audit.truncated");
    }

    @Test
    void aFindingStaysOnRecordInTheChainAfterLaterEntries() throws SQLException {
        Path file = withFiveEntries();
        raw(file, "DELETE FROM audit_log WHERE seq >= 4");
        try (CaseStore store = open(file)) {
            assertThat(store.auditProblems()).extracting(AuditLog.Problem::messageKey).containsExactly("store.audit.truncated");
            store.audit("ani", "PRINT", "count=1");
        }
        try (CaseStore store = open(file)) {
            // The cut is no longer visible in the chain, but the finding was written into it.
            assertThat(store.auditProblems()).isEmpty();
            assertThat(store.auditLog(10)).extracting(AuditEntry::action).containsExactly("PRINT", AuditLog.CHECK_FAILED,
                    "EXPORT", "EXPORT", "EXPORT");
            assertThat(store.auditLog(10).get(1).detail()).contains("store.audit.truncated [3]");
        }
    }

    @Test
    void twoSwappedRowsAreReported() throws SQLException {
        Path file = withFiveEntries();
        // Swap the contents (and MACs) of rows 2 and 4, keeping the sequence numbers.
        raw(file, "CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE seq IN (2, 4)",
                "UPDATE audit_log SET at = (SELECT at FROM t WHERE seq = 4), detail = (SELECT detail FROM t WHERE seq = 4),"
                        + " mac = (SELECT mac FROM t WHERE seq = 4) WHERE seq = 2",
                "UPDATE audit_log SET at = (SELECT at FROM t WHERE seq = 2), detail = (SELECT detail FROM t WHERE seq = 2),"
                        + " mac = (SELECT mac FROM t WHERE seq = 2) WHERE seq = 4");
        assertThat(problemKeys(file)).isNotEmpty().allMatch("store.audit.changed"::equals);
    }

    @Test
    void aRowRechainedWithoutTheKeyIsReported() throws SQLException {
        Path file = withFiveEntries();
        // Without the data key the attacker cannot compute a valid MAC: a NULL (or any other) one fails.
        raw(file, "UPDATE audit_log SET mac = NULL, detail = 'count=0' WHERE seq = 5");
        assertThat(problemKeys(file)).containsExactly("store.audit.changed");
    }

    @Test
    void rowsWrittenBeforeTheChainAreChainedAtMigration() throws SQLException {
        Path file = dir.resolve("v4.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Schema.migrate(c, 4);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO audit_log (at, account, action, detail) VALUES (1, 'ani', 'PRINT', 'count=1')");
                s.executeUpdate("INSERT INTO audit_log (at, account, action, detail) VALUES (2, 'ani', 'EXPORT', 'count=2')");
            }
        }
        try (CaseStore store = open(file)) {
            assertThat(store.auditProblems()).isEmpty();
            store.audit("ani", "PRINT", "count=3");
        }
        try (CaseStore store = open(file)) {
            assertThat(store.auditProblems()).isEmpty();
            assertThat(store.auditLog(10)).hasSize(3);
        }
        raw(file, "UPDATE audit_log SET detail = 'count=9' WHERE seq = 1");
        assertThat(problemKeys(file)).containsExactly("store.audit.changed");
    }

    @Test
    void anotherKeyCannotReChainTheLog() throws SQLException {
        Path file = withFiveEntries();
        // The chain of a plain (unkeyed) store is no proof for an encrypted one: check a sound log
        // copied from a keyed store under another key fails.
        try (DataKey other = DataKey.generate()) {
            try (CaseStore store = CaseStore.open(dir.resolve("other.db"), SyntheticComplaints.deadlines(), Clock.systemUTC(),
                    FieldCipher.of(other))) {
                store.audit("ani", "EXPORT", "count=1");
            }
        }
        raw(file, "DELETE FROM audit_log", "ATTACH DATABASE '" + dir.resolve("other.db") + "' AS o",
                "INSERT INTO audit_log SELECT * FROM o.audit_log");
        assertThat(problemKeys(file)).isNotEmpty();
    }
}
