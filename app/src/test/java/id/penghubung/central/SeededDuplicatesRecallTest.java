package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.protocol.WireMapper;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DeadlineIndex;
import id.penghubung.store.SimilarCandidate;
import id.penghubung.store.SimilarComplaints;
import id.penghubung.store.crypto.FieldCipher;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matcher against the training world's answer key: precision@5 and recall@5 over every member
 * of a seeded duplicate group, on a seed the weights were NOT tuned on ({@link #HELD_OUT}; they were
 * tuned on {@link #TUNED}). Recall@5: the share of a member's other group members (at most 5) among
 * its first five candidates; precision@5: the share of those candidates that are group members.
 * Every complaint of the world is in the cache (an Ombudsman's regional view: more look-alikes).
 */
class SeededDuplicatesRecallTest {
    static final long TUNED = 7;
    static final long HELD_OUT = 20_261_130;
    static final int COMPLAINTS = 2_000;
    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    @TempDir
    Path dir;

    record Measure(double precision, double recall, int queries, int groups) {
    }

    static Measure measure(long seed, Path file) {
        SeedWorld world = new SeedWorld(seed, NOW);
        SeedDuplicates duplicates = new SeedDuplicates(seed, NOW);
        Map<String, String> groupOf = new HashMap<>();
        List<Complaint> complaints = new ArrayList<>();
        for (int from = 0; from < COMPLAINTS; from += 2_000) {
            List<ComplaintRecord> batch = IntStream.range(from, Math.min(COMPLAINTS, from + 2_000))
                    .mapToObj(world::complaint).toList();
            SeedDuplicates.Result r = duplicates.regroup(from, batch);
            r.records().forEach(rec -> complaints.add(WireMapper.toModel(rec.wire())));
            groupOf.putAll(r.groupOf());
        }
        Map<String, String> trackingOf = new HashMap<>();
        complaints.forEach(c -> trackingOf.put(c.id(), c.trackingId().value()));
        Map<String, Set<String>> members = new HashMap<>();
        groupOf.forEach((id, g) -> members.computeIfAbsent(g, k -> new HashSet<>()).add(trackingOf.get(id)));
        double precision = 0;
        double recall = 0;
        int queries = 0;
        try (CaseStore store = CaseStore.open(file, DeadlineIndex.none())) {
            for (int from = 0; from < complaints.size(); from += 500) {
                store.applyPage(complaints.subList(from, Math.min(complaints.size(), from + 500)), List.of(), "c" + from);
            }
            try (SimilarComplaints matcher = SimilarComplaints.open(store, FieldCipher.plain())) {
                for (Set<String> group : members.values()) {
                    if (group.size() < 2) {
                        continue;
                    }
                    for (String q : group) {
                        List<String> found = matcher.similar(new TrackingId(q), 5).orElseThrow().stream()
                                .map(SimilarCandidate::trackingId).toList();
                        long hits = found.stream().filter(t -> group.contains(t) && !t.equals(q)).count();
                        recall += hits / (double) Math.min(5, group.size() - 1);
                        precision += found.isEmpty() ? 0 : hits / (double) found.size();
                        queries++;
                    }
                }
            }
        }
        int groups = (int) members.values().stream().filter(g -> g.size() > 1).count();
        return new Measure(precision / queries, recall / queries, queries, groups);
    }

    @Test
    void theHeldOutSeedIsFoundWithRecallAndPrecisionAtFive() {
        Measure tuned = measure(TUNED, dir.resolve("tuned.db"));
        Measure held = measure(HELD_OUT, dir.resolve("held.db"));
        System.out.printf("similar@5 tuned seed %d: precision %.3f recall %.3f (%d queries, %d groups)%n", TUNED,
                tuned.precision(), tuned.recall(), tuned.queries(), tuned.groups());
        System.out.printf("similar@5 held-out seed %d: precision %.3f recall %.3f (%d queries, %d groups)%n", HELD_OUT,
                held.precision(), held.recall(), held.queries(), held.groups());
        assertThat(held.groups()).isGreaterThan(12);
        assertThat(held.recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(held.precision()).isGreaterThanOrEqualTo(0.6);
    }
}
