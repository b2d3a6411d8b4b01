package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index lives in its own file and follows the cache through failures, crashes and damage. */
class SearchIndexTest {
    @TempDir
    Path dir;

    private final SyntheticComplaints gen = new SyntheticComplaints(11);
    private final InboxQuery all = InboxQuery.of(InboxView.ALL, Instant.EPOCH, Instant.EPOCH);

    private List<String> found(CaseStore store, int n) {
        return store.search("#" + SyntheticComplaints.trackingOf(n), all, 5).stream().map(InboxRow::id).toList();
    }

    @Test
    void theIndexIsItsOwnOwnerOnlyFileAndSearchSeesEveryAppliedPage() throws Exception {
        Path file = dir.resolve("cache.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            for (int from = 0; from < 60; from += 20) {
                store.applyPage(gen.page(from, 20), List.of(), "c" + from);
                // Read-your-writes: a search right after a page sees it.
                assertThat(found(store, from + 19)).containsExactly(SyntheticComplaints.idOf(from + 19));
            }
            store.applyPage(List.of(), List.of(SyntheticComplaints.idOf(5)), "c-removed");
            assertThat(found(store, 5)).isEmpty();
            assertThat(store.integrityCheck().ok()).isTrue();
        }
        assertThat(SearchIndex.fileFor(file)).exists();
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(SearchIndex.fileFor(file)))).isEqualTo("rw-------");
        }
    }

    @Test
    void aCacheWriteThatFailsLeavesNothingInTheIndex() {
        try (CaseStore store = CaseStore.open(dir.resolve("a.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(gen.page(0, 10), List.of(), "c1");
            store.forTest().exec("PRAGMA max_page_count = 1");
            assertThatThrownBy(() -> store.applyPage(gen.page(10, 200), List.of(), "c2"))
                    .isInstanceOf(DiskFullException.class);
            assertThat(found(store, 150)).isEmpty();
            assertThat(found(store, 3)).containsExactly(SyntheticComplaints.idOf(3));
            store.forTest().exec("PRAGMA max_page_count = 1073741823");
            store.applyPage(gen.page(10, 200), List.of(), "c2");
            assertThat(found(store, 150)).containsExactly(SyntheticComplaints.idOf(150));
        }
    }

    @Test
    void aFailedIndexWriteKeepsThePageAndTheNextWriteCatchesUp() {
        try (CaseStore store = CaseStore.open(dir.resolve("a.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(gen.page(0, 10), List.of(), "c1");
            store.forTest().execOnSearchIndex("PRAGMA max_page_count = 1");
            // The cache's write stands; only its search entries are missing for now.
            store.applyPage(gen.page(10, 100), List.of(), "c2");
            assertThat(store.cursor()).contains("c2");
            assertThat(store.count(all)).isEqualTo(110);
            assertThat(found(store, 60)).isEmpty();
            store.forTest().execOnSearchIndex("PRAGMA max_page_count = 1073741823");
            store.applyPage(gen.page(110, 10), List.of(), "c3");
            assertThat(found(store, 60)).containsExactly(SyntheticComplaints.idOf(60));
            assertThat(found(store, 115)).containsExactly(SyntheticComplaints.idOf(115));
            assertThat(store.integrityCheck().ok()).isTrue();
        }
    }

    @Test
    void whatACrashLeftBetweenTheTwoCommitsIsRepairedAtTheNextOpen() throws Exception {
        Path file = dir.resolve("cache.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            store.applyPage(gen.page(0, 30), List.of(), "c1");
        }
        // As if the index had committed an older state: some entries missing, one that the cache
        // never kept, and the token of an earlier write.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + SearchIndex.fileFor(file));
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM complaint_fts WHERE rowid IN (SELECT rid FROM indexed WHERE rid > 20)");
            s.executeUpdate("DELETE FROM indexed WHERE rid > 20");
            s.executeUpdate("INSERT INTO complaint_fts (rowid, tracking, title, body, events)"
                    + " VALUES (999, '9999999', 'hantu', 'hantu', '')");
            s.executeUpdate("INSERT INTO indexed (rid, id, version) VALUES (999, 'c-hantu', 1)");
            s.executeUpdate("UPDATE index_state SET value = 'older' WHERE key = 'search_token'");
        }
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            for (int n = 0; n < 30; n++) {
                assertThat(found(store, n)).as("complaint %d", n).containsExactly(SyntheticComplaints.idOf(n));
            }
            assertThat(store.search("hantu", all, 5)).isEmpty();
            assertThat(store.integrityCheck().ok()).isTrue();
        }
    }

    @Test
    void aMissingOrDamagedIndexFileIsRebuiltFromTheCache() throws Exception {
        Path file = dir.resolve("cache.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            store.applyPage(gen.page(0, 25), List.of(), "c1");
        }
        SearchIndex.delete(file);
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            assertThat(found(store, 24)).containsExactly(SyntheticComplaints.idOf(24));
        }
        SearchIndex.delete(file);
        Files.write(SearchIndex.fileFor(file), "bukan basis data".repeat(500).getBytes());
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            assertThat(found(store, 7)).containsExactly(SyntheticComplaints.idOf(7));
            assertThat(store.integrityCheck().ok()).isTrue();
        }
    }
}
