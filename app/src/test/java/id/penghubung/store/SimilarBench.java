package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.bench.BenchReport;
import id.penghubung.model.TrackingId;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matcher at 100,000 cached complaints (an encrypted cache, reporters hashed with their pages):
 * candidates for one complaint (p95 target 50 ms), the intake form's question when typing stops
 * (issue 20: p95 target 100 ms, the matcher's part after the form's debounce), and every duplicate
 * group of the cache (target 60 s with the heap at most 512 MB). Writes target/bench/SimilarBench.json.
 *
 * <p>The machine these benchmarks run on is shared (load 10–30 on two cores is usual while other work
 * builds), so wall time there says more about the neighbours than about the matcher. Each question is
 * timed twice: wall time, and the CPU time of the thread that asks it (SQLite runs on that thread
 * too, so the index's work is in it). The targets are asserted on CPU time, always; on wall time too
 * when the load average is below the number of cores. The heap: the peak the pools reached (garbage
 * included, as collected lazily under the test JVM's -Xmx1g) and the peak still in use after a
 * collection, which is what the job needs; the latter is asserted (a run with -Xmx512m completes).
 * The JSON has both times, the load average before and after, and the first question after an open
 * (the desk opens the matcher per question).
 */
@Tag("bench")
class SimilarBench {
    static final int N = Integer.getInteger("penghubung.bench.complaints", 100_000);
    static final int QUERIES = 300;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    void candidatesAndGroupsAt100k() {
        Path file = dir.resolve("cache.db");
        SyntheticComplaints gen = new SyntheticComplaints(2026);
        Map<String, Object> results = new LinkedHashMap<>();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        results.put("loadAverageBefore", load);
        try (DataKey key = DataKey.generate();
                CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines(), Clock.systemUTC(), FieldCipher.of(key))) {
            for (int from = 0; from < N; from += 500) {
                store.applyPage(gen.page(from, Math.min(500, N - from)).stream().map(SimilarBench::named).toList(),
                        List.of(), "c" + from);
            }
            store.optimize();
            SplittableRandom r = new SplittableRandom(5);
            long t0 = System.nanoTime();
            try (SimilarComplaints matcher = SimilarComplaints.open(store, FieldCipher.of(key))) {
                results.put("openMs", (System.nanoTime() - t0) / 1e6);
                matcher.similar(new TrackingId(SyntheticComplaints.trackingOf(r.nextInt(N))), 10);
                results.put("openAndFirstQuestionMs", (System.nanoTime() - t0) / 1e6);
            }
            try (SimilarComplaints matcher = SimilarComplaints.open(store, FieldCipher.of(key))) {
                for (int i = 0; i < 20; i++) {
                    matcher.similar(new TrackingId(SyntheticComplaints.trackingOf(r.nextInt(N))), 10);
                }
                double[] ms = new double[QUERIES];
                double[] cpu = new double[QUERIES];
                int found = 0;
                for (int i = 0; i < QUERIES; i++) {
                    TrackingId asked = new TrackingId(SyntheticComplaints.trackingOf(r.nextInt(N)));
                    long c = THREADS.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    found += matcher.similar(asked, 10, 0.0).orElseThrow().size();
                    ms[i] = (System.nanoTime() - s) / 1e6;
                    cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                }
                percentiles(results, "similar", ms, cpu);
                results.put("candidatesPerQuery", found / (double) QUERIES);
                double[] intake = new double[QUERIES];
                double[] intakeCpu = new double[QUERIES];
                int shown = 0;
                for (int i = 0; i < QUERIES; i++) {
                    IntakeProbe probe = typed(gen, r.nextInt(N));
                    long c = THREADS.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    shown += matcher.similarTo(probe, 5).size();
                    intake[i] = (System.nanoTime() - s) / 1e6;
                    intakeCpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                }
                percentiles(results, "intake", intake, intakeCpu);
                results.put("intakeShownPerQuery", shown / (double) QUERIES);
                resetPeaks();
                long[] afterGc = {0};
                int[] last = new int[2];
                long c = THREADS.getCurrentThreadCpuTime();
                long g0 = System.nanoTime();
                List<DuplicateGroup> groups = matcher.duplicates(SimilarComplaints.MIN_SCORE, (done, total) -> {
                    last[0] = done;
                    last[1] = total;
                    afterGc[0] = Math.max(afterGc[0], heapAfterLastCollection());
                });
                results.put("duplicatesSeconds", (System.nanoTime() - g0) / 1e9);
                results.put("duplicatesCpuSeconds", (THREADS.getCurrentThreadCpuTime() - c) / 1e9);
                results.put("duplicateGroups", groups.size());
                results.put("heapPeakMb", peakHeapMb());
                results.put("heapAfterCollectionPeakMb", afterGc[0] / 1024 / 1024);
                results.put("maxHeapMb", Runtime.getRuntime().maxMemory() / 1024 / 1024);
                assertThat(last[0]).isEqualTo(N);
            }
        }
        results.put("complaints", N);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        results.put("loadAverageAfter", loadAfter);
        System.out.println("SimilarBench " + results);
        BenchReport.write("SimilarBench", results);
        assertThat((double) results.get("similarCpuP95Ms")).as("candidates p95 ms (CPU)").isLessThanOrEqualTo(50);
        assertThat((double) results.get("intakeCpuP95Ms")).as("intake form p95 ms (CPU)").isLessThanOrEqualTo(100);
        assertThat((double) results.get("duplicatesCpuSeconds")).as("all groups s (CPU)").isLessThanOrEqualTo(60);
        assertThat((long) results.get("heapAfterCollectionPeakMb")).as("heap in use, peak MB").isLessThanOrEqualTo(512);
        if (Math.max(load, loadAfter) < Runtime.getRuntime().availableProcessors()) {
            assertThat((double) results.get("similarP95Ms")).as("candidates p95 ms").isLessThanOrEqualTo(50);
            assertThat((double) results.get("intakeP95Ms")).as("intake form p95 ms").isLessThanOrEqualTo(100);
            assertThat((double) results.get("duplicatesSeconds")).as("all groups s").isLessThanOrEqualTo(60);
        }
    }

    private static void percentiles(Map<String, Object> results, String name, double[] wall, double[] cpu) {
        results.put(name + "P50Ms", BenchReport.percentile(wall, 50));
        results.put(name + "P95Ms", BenchReport.percentile(wall, 95));
        results.put(name + "MaxMs", BenchReport.percentile(wall, 100));
        results.put(name + "CpuP50Ms", BenchReport.percentile(cpu, 50));
        results.put(name + "CpuP95Ms", BenchReport.percentile(cpu, 95));
    }

    /**
     * What an officer has typed into the intake form when typing stops (issue 20): a cached
     * complaint's title and the first sentence of its body as if taken by phone, its category and
     * place, received a day after it.
     */
    static IntakeProbe typed(SyntheticComplaints gen, int n) {
        id.penghubung.model.Complaint c = named(gen.complaint(n));
        String body = c.body();
        int stop = body.indexOf('.');
        return new IntakeProbe(c.title(), stop > 0 ? body.substring(0, stop + 1) : body, c.category().id(),
                c.location().regency(), c.location().district(), c.location().village(), c.submittedAt().plusSeconds(86_400));
    }

    /**
     * The synthetic vocabulary is a few thousand words, each in thousands of complaints; real ones
     * name streets, schools and people. Every three consecutive complaints share two rare names here
     * (in the title), so each query has real candidates to rank.
     */
    static id.penghubung.model.Complaint named(id.penghubung.model.Complaint c) {
        int n = Integer.parseInt(c.trackingId().value()) - 1_000_000;
        String place = "kampung" + Integer.toString(n / 3, 36) + " gang" + Integer.toString(n / 3 * 7 + 1, 36);
        return new id.penghubung.model.Complaint(c.id(), c.trackingId(), c.version(), c.title() + " " + place,
                c.body() + " dekat " + place, c.classification(), c.anonymous(), c.confidential(), c.category(),
                c.channel(), c.status(), c.submittedAt(), c.disposedAt(), c.incidentDate(), c.location(), c.agency(),
                c.unit(), c.reporter(), c.attachments(), c.events());
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Heap still in use after each pool's last collection (the live data then, without garbage). */
    private static long heapAfterLastCollection() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1024 / 1024;
    }
}
