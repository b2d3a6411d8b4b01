package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreSchemaTest {
    @TempDir
    Path dir;

    @Test
    void aFreshFileIsAtTheCurrentVersionInWalModeWithForeignKeys() throws SQLException {
        Path file = dir.resolve("nested/acct.db");
        try (CaseStore store = CaseStore.open(file, DeadlineIndex.none())) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.CURRENT);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(string(s, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(string(s, "PRAGMA application_id")).isEqualTo(String.valueOf(Schema.APPLICATION_ID));
        }
    }

    @Test
    void aVersionOneFileIsUpgradedInPlaceKeepingItsData() throws SQLException {
        Path file = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            Schema.migrate(c, 1);
            assertThat(Schema.userVersion(c)).isEqualTo(1);
            s.executeUpdate("INSERT INTO complaint (rid, id, tracking_num, tracking_id, version, title, classification,"
                    + " anonymous, confidential, category_id, category_name, channel, status, open, submitted_at,"
                    + " province_id, province, regency, district, village, location_detail, due_key,"
                    + " waiting_for_reporter, needs_follow_up, cached_at) VALUES (1, 'c-old', 1234567, '1234567', 3,"
                    + " 'Lampu jalan padam', 'PENGADUAN', 0, 0, 'cat-1', 'Energi', 'WEBSITE', 'PROSES', 1, 0, '32',"
                    + " 'Jawa Barat', 'Kota Bandung', '', '', '', 9223372036854775807, 0, 1, 0)");
            s.executeUpdate("INSERT INTO complaint_body (rid, body) VALUES (1, 'Sudah tiga minggu gelap gulita')");
            s.executeUpdate("INSERT INTO event (complaint_rid, seq, id, type, at, actor_kind, actor_name, text)"
                    + " VALUES (1, 0, 'e1', 'NOTE', 0, 'OFFICER', 'P', 'koordinasi dengan PLN')");
            s.executeUpdate("INSERT INTO draft (complaint_id, kind, text, updated_at) VALUES ('c-old', 'RESPOND', 'draf lama', 0)");
            s.executeUpdate("INSERT INTO sync_state (key, value) VALUES ('cursor', 'old-cursor')");
        }
        try (CaseStore store = CaseStore.open(file, DeadlineIndex.none())) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.CURRENT);
            assertThat(store.cursor()).contains("old-cursor");
            // v9 (issue 22): an old cache gains the redirect table, empty; its complaints are not redirected.
            assertThat(store.complaint("c-old").map(c -> c.isRedirectedAway())).contains(false);
            assertThat(store.draft("c-old", ActionType.RESPOND).orElseThrow().text()).isEqualTo("draf lama");
            assertThat(store.complaint("c-old").orElseThrow().events()).hasSize(1);
            InboxQuery any = InboxQuery.of(InboxView.ALL, Instant.EPOCH, Instant.EPOCH);
            // The search index (its own file since v4) was built from the existing rows at the first open.
            assertThat(store.search("gulita", any, 5)).extracting(InboxRow::id).containsExactly("c-old");
            assertThat(store.search("PLN", any, 5)).extracting(InboxRow::id).containsExactly("c-old");
            store.audit("penghubung", "UPGRADED", "1->2");
            assertThat(store.integrityCheck().ok()).isTrue();
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        try (CaseStore store = CaseStore.open(file, DeadlineIndex.none())) {
            store.saveDraft("c-1", ActionType.NOTE, "x");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = " + (Schema.CURRENT + 1));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> CaseStore.open(file, DeadlineIndex.none()))
                .isInstanceOfSatisfying(NewerSchemaException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("store.error.newerSchema");
                    assertThat(e.fileVersion()).isEqualTo(Schema.CURRENT + 1);
                    assertThat(e.localizedMessage(Messages.of(Messages.ENGLISH))).contains("newer Penghubung")
                            .contains(String.valueOf(Schema.CURRENT + 1));
                    assertThat(e.localizedMessage(Messages.indonesian())).contains("lebih baru");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void foreignFilesAreRefused() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (x)");
        }
        assertThatThrownBy(() -> CaseStore.open(other, DeadlineIndex.none()))
                .isInstanceOfSatisfying(DamagedStoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("store.error.notAStore"));
        Path garbage = dir.resolve("garbage.db");
        Files.write(garbage, "this is not a database at all, just text".repeat(200).getBytes());
        assertThatThrownBy(() -> CaseStore.open(garbage, DeadlineIndex.none()))
                .isInstanceOfSatisfying(DamagedStoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("store.error.notAStore"));
    }

    @Test
    void migrationsAreListedOncePerVersion() {
        assertThat(Schema.CURRENT).isEqualTo(15);
        assertThat(List.of(Schema.APPLICATION_ID)).containsExactly(0x50485542);
    }

    private static String string(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
