package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.model.Complaint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first full pull defers the secondary indexes; queries stay right meanwhile; optimize() restores them. */
class CaseStoreBulkLoadTest {
    @TempDir
    Path dir;

    private final SyntheticComplaints gen = new SyntheticComplaints(5);
    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private static final List<String> DEFERRED = Schema.DEFERRED_INDEXES.stream().map(Schema::indexName).toList();

    @Test
    void firstPullDefersIndexesQueriesStayCorrectAndOptimizeRebuildsThem() throws Exception {
        Path file = dir.resolve("a.db");
        List<Complaint> loaded = new ArrayList<>();
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            assertThat(store.bulkLoading()).isFalse();
            for (int p = 0; p < 3; p++) {
                List<Complaint> page = gen.page(p * 100, 100);
                store.applyPage(page, List.of(), "c" + p);
                loaded.addAll(page);
                assertThat(store.bulkLoading()).isTrue();
                assertThat(indexes(file)).doesNotContainAnyElementsOf(DEFERRED).contains("sqlite_autoindex_complaint_1"); // the unique id index stays
                assertThat(store.forTest().searchSetting("automerge")).as("search index merging deferred").isZero();
                assertQueriesMatch(store, loaded);
            }
            store.optimize();
            assertThat(store.bulkLoading()).isFalse();
            assertThat(indexes(file)).containsAll(DEFERRED).doesNotContain("complaint_due_bulk");
            assertThat(store.forTest().searchSetting("automerge")).isEqualTo(16);
            assertThat(store.forTest().searchSetting("crisismerge")).isEqualTo(16);
            assertQueriesMatch(store, loaded);

            // The next pull on a filled cache keeps every index, even after a cursor reset.
            store.resetCursor();
            store.applyPage(gen.page(300, 10), List.of(), "c3");
            assertThat(store.bulkLoading()).isFalse();
            assertThat(indexes(file)).containsAll(DEFERRED);
        }
    }

    @Test
    void aFirstPullInterruptedByARestartStaysDeferredUntilOptimize() throws Exception {
        Path file = dir.resolve("a.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            store.applyPage(gen.page(0, 50), List.of(), "c0");
        }
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            assertThat(store.bulkLoading()).isTrue();
            store.applyPage(gen.page(50, 50), List.of(), "c1");
            assertThat(store.count(InboxQuery.of(InboxView.ALL, now, now))).isEqualTo(100);
            store.optimize();
            assertThat(store.bulkLoading()).isFalse();
            assertThat(indexes(file)).containsAll(DEFERRED);
        }
    }

    @Test
    void mergingTheSearchIndexToTheEndLosesNoComplaint() {
        List<Complaint> loaded = new ArrayList<>();
        try (CaseStore store = CaseStore.open(dir.resolve("a.db"), SyntheticComplaints.deadlines())) {
            for (int p = 0; p < 6; p++) {
                List<Complaint> page = gen.page(p * 40, 40);
                store.applyPage(page, List.of(), "c" + p);
                loaded.addAll(page);
            }
            store.optimize();
            // Terminates only if "nothing left to merge" is recognised.
            store.forTest().mergeSearchIndex();
            InboxQuery all = InboxQuery.of(InboxView.ALL, now, now);
            for (Complaint c : loaded) {
                assertThat(store.search("#" + c.trackingId().value(), all, 5)).extracting(InboxRow::id).contains(c.id());
            }
            assertThat(store.integrityCheck().problems()).isEmpty();
        }
    }

    @Test
    void mergingLeftDeferredByAnEarlierRunIsRestoredAtOpen() {
        Path file = dir.resolve("a.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            store.applyPage(gen.page(0, 30), List.of(), "c0");
            store.optimize();
            // As if the resume after the first pull had failed.
            store.forTest().execOnSearchIndex("INSERT INTO complaint_fts (complaint_fts, rank) VALUES ('automerge', 0)");
        }
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            assertThat(store.forTest().searchSetting("automerge")).isEqualTo(16);
        }
    }

    @Test
    void pulledPagesReachTheDatabaseFileBesideTheWriter() throws Exception {
        Path file = dir.resolve("a.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            long before = Files.size(file);
            // ~0.5 MB of bodies: far below the writer's own checkpoint threshold during a first pull.
            store.applyPage(gen.page(0, 300), List.of(), "c0");
            store.forTest().awaitCheckpoint();
            assertThat(Files.size(file) - before).as("bytes copied from the WAL into the file")
                    .isGreaterThan(300L * 1_000);
            assertThat(store.count(InboxQuery.of(InboxView.ALL, now, now))).isEqualTo(300);
        }
    }

    @Test
    void aFailedFirstPageLeavesTheIndexesAndNoBulkMark() throws Exception {
        Path file = dir.resolve("a.db");
        String bad = SyntheticComplaints.idOf(7);
        DeadlineIndex failing = c -> {
            if (c.id().equals(bad)) {
                throw new IllegalStateException("calendar missing");
            }
            return SyntheticComplaints.deadlines().nextDueAt(c);
        };
        try (CaseStore store = CaseStore.open(file, failing)) {
            assertThatThrownBy(() -> store.applyPage(gen.page(0, 20), List.of(), "c0"))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(store.bulkLoading()).isFalse();
            assertThat(store.cursor()).isEmpty();
            assertThat(indexes(file)).containsAll(DEFERRED);
        }
    }

    private void assertQueriesMatch(CaseStore store, List<Complaint> loaded) {
        InboxQuery all = InboxQuery.of(InboxView.ALL, now, now);
        assertThat(store.count(all)).isEqualTo(loaded.size());
        InboxQuery unit = all.withFilter(InboxFilter.NONE.withUnit("unit-3"));
        Set<String> expected = new HashSet<>();
        loaded.stream().filter(c -> c.unit().map(u -> u.id().equals("unit-3")).orElse(false)).forEach(c -> expected.add(c.id()));
        assertThat(store.page(unit, 0, 1000)).extracting(InboxRow::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(store.page(all.withSort(InboxSort.TRACKING_ID, true), 0, 5)).extracting(InboxRow::id)
                .containsExactlyElementsOf(loaded.stream().sorted(Comparator.comparing(Complaint::trackingId).reversed())
                        .limit(5).map(Complaint::id).toList());
        Complaint last = loaded.get(loaded.size() - 1);
        assertThat(store.search("#" + last.trackingId().value(), all, 5)).extracting(InboxRow::id).contains(last.id());
        Optional<Complaint> back = store.complaint(last.id());
        assertThat(back).contains(last);
    }

    private static List<String> indexes(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'index'"
                        + " AND tbl_name IN ('complaint', 'reporter_match', 'event', 'complaint_stop')")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
