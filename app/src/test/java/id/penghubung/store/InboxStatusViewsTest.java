package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar adds up: the status views are disjoint and their counts sum to "Semua pengaduan". */
class InboxStatusViewsTest {
    private static final Instant NOW = Instant.parse("2026-01-15T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void answeredAndNotAuthorizedHaveTheirViewsAndTheStatusViewsSumToAll() {
        SyntheticComplaints world = new SyntheticComplaints(7);
        List<Complaint> all = new ArrayList<>(world.page(0, 300));
        // Marked bukan wewenang (still PROSES until LAPOR! redirects or archives it), and one redirected
        // afterwards: the ball is back with an officer.
        Complaint notOurs = SyntheticComplaints.then(world.complaint(1000), "na", EventType.NOT_AUTHORIZED, Status.PROSES);
        Complaint redirected = SyntheticComplaints.then(SyntheticComplaints.then(world.complaint(1001), "na", EventType.NOT_AUTHORIZED, Status.PROSES),
                "rd", EventType.REDIRECTED, Status.BELUM_DITINDAKLANJUTI);
        all.add(notOurs);
        all.add(redirected);
        try (CaseStore store = CaseStore.open(dir.resolve("sum.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(all.subList(0, 150), List.of(), "p1");
            store.applyPage(all.subList(150, all.size()), List.of(), "p2");

            Map<InboxView, Integer> counts = store.counts(NOW, NOW.plus(Duration.ofDays(3)));
            assertThat(counts.get(InboxView.ANSWERED)).isPositive();
            assertThat(counts.get(InboxView.NOT_AUTHORIZED)).isEqualTo(1);
            assertThat(ids(store, InboxView.NOT_AUTHORIZED)).containsExactly(notOurs.id());
            assertThat(ids(store, InboxView.NEEDS_FOLLOW_UP)).contains(redirected.id());

            int sum = InboxView.STATUS_VIEWS.stream().mapToInt(counts::get).sum();
            assertThat(sum).isEqualTo(counts.get(InboxView.ALL)).isEqualTo(all.size());
            Set<String> seen = new HashSet<>();
            for (InboxView v : InboxView.STATUS_VIEWS) {
                for (String id : ids(store, v)) {
                    assertThat(seen.add(id)).as("%s in two status views (again in %s)", id, v).isTrue();
                }
            }
            // An answered complaint is open, answered last, and not waiting for the reporter.
            for (String id : ids(store, InboxView.ANSWERED)) {
                Complaint c = store.complaint(id).orElseThrow();
                assertThat(c.status()).isIn(Status.BELUM_DITINDAKLANJUTI, Status.PROSES);
                assertThat(c.events().stream().map(Event::type).filter(t -> t != EventType.NOTE).reduce((a, b) -> b))
                        .isEqualTo(Optional.of(EventType.RESPONDED));
            }
        }
    }

    @Test
    void aHeldComplaintIsInTheHeldViewOnlyWhateverItsLastAnswerWasAndTheViewsStillSumToAll() {
        SyntheticComplaints world = new SyntheticComplaints(7);
        List<Complaint> all = new ArrayList<>(world.page(0, 100));
        // Issue 22: held by the LAPOR! admin after a bukan wewenang, and held while the reporter was asked.
        Complaint heldNotOurs = SyntheticComplaints.then(SyntheticComplaints.then(world.complaint(1000), "na", EventType.NOT_AUTHORIZED, Status.PROSES),
                "hd", EventType.HELD, Status.TUNDA);
        Complaint heldAsking = SyntheticComplaints.then(SyntheticComplaints.then(world.complaint(1001), "ir", EventType.INFO_REQUESTED, Status.PROSES),
                "hd", EventType.HELD, Status.TUNDA);
        all.add(heldNotOurs);
        all.add(heldAsking);
        try (CaseStore store = CaseStore.open(dir.resolve("held.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(all, List.of(), "p1");
            Map<InboxView, Integer> counts = store.counts(NOW, NOW.plus(Duration.ofDays(3)));
            for (InboxView v : InboxView.STATUS_VIEWS) {
                if (v != InboxView.HELD) {
                    assertThat(ids(store, v)).as("a held complaint outside %s", v).doesNotContain(heldNotOurs.id(), heldAsking.id());
                }
            }
            assertThat(ids(store, InboxView.HELD)).contains(heldNotOurs.id(), heldAsking.id());
            assertThat(InboxView.STATUS_VIEWS.stream().mapToInt(counts::get).sum()).isEqualTo(counts.get(InboxView.ALL))
                    .isEqualTo(all.size());
        }
    }

    private static List<String> ids(CaseStore store, InboxView v) {
        InboxQuery q = InboxQuery.of(v, NOW, NOW.plus(Duration.ofDays(3)));
        return store.page(q, 0, 10_000).stream().map(InboxRow::id).toList();
    }

}
