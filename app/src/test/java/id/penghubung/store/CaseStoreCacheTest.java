package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.model.action.Note;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreCacheTest {
    @TempDir
    Path dir;

    private final SyntheticComplaints gen = new SyntheticComplaints(7);
    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private InboxQuery all() {
        return InboxQuery.of(InboxView.ALL, now, now);
    }

    @Test
    void complaintsReadBackExactlyAsWritten() {
        try (CaseStore store = CaseStore.open(dir.resolve("a.db"), SyntheticComplaints.deadlines())) {
            List<Complaint> page = gen.page(0, 50);
            store.applyPage(page, List.of(), "c1");
            for (Complaint c : page) {
                assertThat(store.complaint(c.id())).contains(c);
                assertThat(store.byTrackingId(c.trackingId())).contains(c);
            }
            assertThat(page).anyMatch(c -> c.reporter().isPresent()).anyMatch(Complaint::anonymous)
                    .anyMatch(c -> !c.attachments().isEmpty());
            assertThat(store.complaint("nope")).isEmpty();
            assertThat(store.byTrackingId(new TrackingId("42"))).isEmpty();
            assertThat(store.cursor()).contains("c1");
            assertThat(store.count(all())).isEqualTo(50);
        }
    }

    @Test
    void newerVersionReplacesOlderIsIgnoredAndSurvivesReopen() {
        Path file = dir.resolve("a.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            store.applyPage(List.of(gen.complaint(1, 2)), List.of(), "c1");
            store.applyPage(List.of(gen.complaint(1, 3)), List.of(), "c2");
            store.applyPage(List.of(gen.complaint(1, 1)), List.of(), "c3");
            assertThat(store.complaint(SyntheticComplaints.idOf(1)).orElseThrow().version()).isEqualTo(3);
            assertThat(store.search(gen.complaint(1).title(), all(), 5)).extracting(InboxRow::id)
                    .containsExactly(SyntheticComplaints.idOf(1));
        }
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            assertThat(store.cursor()).contains("c3");
            assertThat(store.complaint(SyntheticComplaints.idOf(1)).orElseThrow().version()).isEqualTo(3);
        }
    }

    @Test
    void aFailureMidPageLeavesThePreviousStateAndCursor() {
        AtomicInteger calls = new AtomicInteger();
        DeadlineIndex failing = c -> {
            if (calls.incrementAndGet() == 8) {
                throw new IllegalStateException("crash mid page");
            }
            return SyntheticComplaints.deadlines().nextDueAt(c);
        };
        Path file = dir.resolve("a.db");
        try (CaseStore store = CaseStore.open(file, failing)) {
            store.applyPage(gen.page(0, 5), List.of(), "after-page-1");
            Complaint before = store.complaint(SyntheticComplaints.idOf(2)).orElseThrow();
            // Page 2 updates complaint 2, removes complaint 3, adds 5..9; the 3rd item fails.
            List<Complaint> page2 = List.of(gen.complaint(2, 9), gen.complaint(5), gen.complaint(6), gen.complaint(7));
            assertThatThrownBy(() -> store.applyPage(page2, List.of(SyntheticComplaints.idOf(3)), "after-page-2"))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(store.cursor()).contains("after-page-1");
            assertThat(store.count(all())).isEqualTo(5);
            assertThat(store.complaint(SyntheticComplaints.idOf(2))).contains(before);
            assertThat(store.complaint(SyntheticComplaints.idOf(3))).isPresent();
            assertThat(store.complaint(SyntheticComplaints.idOf(5))).isEmpty();
            assertThat(store.search(SyntheticComplaints.trackingOf(5) + " ", all(), 5)).isEmpty();
            assertThat(store.integrityCheck().ok()).isTrue();
        }
        // A real process crash: the next open sees the same committed state.
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            assertThat(store.cursor()).contains("after-page-1");
            assertThat(store.count(all())).isEqualTo(5);
        }
    }

    @Test
    void removedComplaintsLeaveTheCacheButLocalWorkStaysOrphaned() {
        try (CaseStore store = CaseStore.open(dir.resolve("a.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(gen.page(0, 3), List.of(), "c1");
            String id = SyntheticComplaints.idOf(1);
            store.saveDraft(id, ActionType.RESPOND, "Terima kasih, sedang kami tangani.");
            OutboxEntry e = store.enqueue(id, 2, new Note("cek lapangan"));
            assertThat(store.draft(id, ActionType.RESPOND).orElseThrow().orphaned()).isFalse();

            store.applyPage(List.of(), List.of(id), "c2");
            assertThat(store.complaint(id)).isEmpty();
            assertThat(store.search("#" + SyntheticComplaints.trackingOf(1) + " ", all(), 5)).isEmpty();
            assertThat(store.draft(id, ActionType.RESPOND).orElseThrow().orphaned()).isTrue();
            assertThat(store.outboxEntry(e.actionId()).orElseThrow().orphaned()).isTrue();
            assertThat(store.sendable(10)).isEmpty();
            assertThat(store.page(InboxQuery.of(InboxView.DRAFTS, now, now), 0, 10)).isEmpty();

            store.applyPage(List.of(gen.complaint(1)), List.of(), "c3");
            assertThat(store.draft(id, ActionType.RESPOND).orElseThrow().orphaned()).isFalse();
            assertThat(store.sendable(10)).extracting(OutboxEntry::actionId).containsExactly(e.actionId());
        }
    }

    @Test
    void theUiReadsTheLastCommittedStateWhileASyncWrites() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        DeadlineIndex blocking = c -> {
            if (calls.incrementAndGet() == 15) {
                writing.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Optional.empty();
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (CaseStore store = CaseStore.open(dir.resolve("a.db"), blocking)) {
            store.applyPage(gen.page(0, 10), List.of(), "c1");
            Future<?> sync = pool.submit(() -> store.applyPage(gen.page(10, 10), List.of(), "c2"));
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            // The writer is inside its transaction now; reads must neither block nor see half a page.
            long t0 = System.nanoTime();
            assertThat(store.count(all())).isEqualTo(10);
            assertThat(store.page(all(), 0, 100)).hasSize(10);
            assertThat(store.cursor()).contains("c1");
            assertThat(store.complaint(SyntheticComplaints.idOf(3))).isPresent();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(2_000);
            release.countDown();
            sync.get(10, TimeUnit.SECONDS);
            assertThat(store.count(all())).isEqualTo(20);
            assertThat(store.cursor()).contains("c2");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reindexDeadlinesRewritesEveryDueDate() {
        Instant fixed = Instant.parse("2030-01-01T00:00:00Z");
        AtomicInteger mode = new AtomicInteger();
        DeadlineIndex idx = c -> mode.get() == 0 ? Optional.empty() : Optional.of(fixed);
        try (CaseStore store = CaseStore.open(dir.resolve("a.db"), idx)) {
            store.applyPage(gen.page(0, 1200), List.of(), "c1");
            assertThat(store.page(all(), 0, 1).get(0).nextDueAt()).isEmpty();
            mode.set(1);
            assertThat(store.reindexDeadlines()).isEqualTo(1200);
            assertThat(store.count(InboxQuery.of(InboxView.OVERDUE, fixed.plusSeconds(1), fixed.plusSeconds(2))))
                    .isEqualTo(store.count(InboxQuery.of(InboxView.ALL, now, now).withFilter(InboxFilter.NONE
                            .withStatuses(java.util.EnumSet.of(id.penghubung.model.Status.BELUM_DITINDAKLANJUTI,
                                    id.penghubung.model.Status.PROSES, id.penghubung.model.Status.BELUM_TERVERIFIKASI)))));
        }
    }
}
