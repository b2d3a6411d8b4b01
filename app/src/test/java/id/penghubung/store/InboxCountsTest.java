package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sidebar's counts, read in one pass, equal each view's own count (what its table shows), with the
 * secondary indexes a first pull defers and after they are built, including complaints answered bukan
 * wewenang and answered again afterwards.
 */
class InboxCountsTest {
    private static final Instant NOW = Instant.parse("2026-01-15T00:00:00Z");
    private static final Instant SOON = NOW.plus(Duration.ofDays(3));

    @TempDir
    Path dir;

    @Test
    void theCountsEqualEveryViewsOwnCountBeforeAndAfterTheIndexesAreBuilt() {
        SyntheticComplaints world = new SyntheticComplaints(5);
        List<Complaint> all = new ArrayList<>(world.page(0, 400));
        all.add(SyntheticComplaints.then(world.complaint(1000), "na", EventType.NOT_AUTHORIZED, Status.PROSES));
        all.add(SyntheticComplaints.then(world.complaint(1001), "na", EventType.NOT_AUTHORIZED, Status.BELUM_DITINDAKLANJUTI));
        all.add(SyntheticComplaints.then(SyntheticComplaints.then(world.complaint(1002), "na", EventType.NOT_AUTHORIZED, Status.PROSES),
                "re", EventType.RESPONDED, Status.PROSES));
        all.add(SyntheticComplaints.then(SyntheticComplaints.then(world.complaint(1003), "re", EventType.RESPONDED, Status.PROSES),
                "na", EventType.NOT_AUTHORIZED, Status.PROSES));
        all.add(SyntheticComplaints.then(SyntheticComplaints.then(world.complaint(1004), "na", EventType.NOT_AUTHORIZED, Status.PROSES),
                "rd", EventType.REDIRECTED, Status.BELUM_DITINDAKLANJUTI));
        all.add(SyntheticComplaints.then(SyntheticComplaints.then(world.complaint(1005), "na", EventType.NOT_AUTHORIZED, Status.PROSES),
                "hd", EventType.HELD, Status.TUNDA));
        all.add(SyntheticComplaints.then(SyntheticComplaints.then(world.complaint(1006), "na", EventType.NOT_AUTHORIZED, Status.PROSES),
                "ir", EventType.INFO_REQUESTED, Status.PROSES));
        try (CaseStore store = CaseStore.open(dir.resolve("counts.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(all.subList(0, 200), List.of(), "p1");
            store.applyPage(all.subList(200, all.size()), List.of(), "p2");
            assertThat(store.bulkLoading()).isTrue();
            assertEveryView(store);

            store.optimize();
            assertThat(store.bulkLoading()).isFalse();
            Map<InboxView, Integer> counts = assertEveryView(store);
            assertThat(counts.get(InboxView.NOT_AUTHORIZED)).isGreaterThanOrEqualTo(2);
            assertThat(counts.get(InboxView.ANSWERED)).isPositive();
            assertThat(counts.get(InboxView.ALL)).isEqualTo(all.size());
        }
    }

    private static Map<InboxView, Integer> assertEveryView(CaseStore store) {
        Map<InboxView, Integer> counts = store.counts(NOW, SOON);
        for (InboxView v : InboxView.values()) {
            InboxQuery q = InboxQuery.of(v, NOW, SOON);
            assertThat(counts.get(v)).as(v.name()).isEqualTo(store.count(q)).isEqualTo(store.page(q, 0, 10_000).size());
        }
        return counts;
    }
}
