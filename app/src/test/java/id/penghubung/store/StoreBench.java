package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.Status;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 synthetic complaints (body ~1.5 KB, ~6 events): import through applyPage in pages of 500
 * against a plain batched insert of the same rows into index-free tables; inbox pages and full-text
 * queries over random filters; heap after. Writes target/bench/StoreBench.json.
 *
 * <p>Both imports take their pages from a generator thread that stays up to two pages ahead, as a
 * pull's parser does, and are timed by the wall clock from the first page to the last commit (for
 * the store: until {@code optimize()} returns, the search index's last page included), so work the
 * store leaves to a background thread is never outside the measurement. The CPU time of the two
 * writer threads (the caller's and the search index's) is reported beside, to read where time goes.
 */
@Tag("bench")
class StoreBench {
    static final int N = Integer.getInteger("penghubung.bench.complaints", 100_000);
    static final int PAGE = 500;
    /** Import time is also reported per this many complaints, to see how it grows with the file. */
    static final int CHUNK = 10_000;

    @TempDir
    Path dir;

    @Test
    void importInboxAndSearchAt100k() throws Exception {
        SyntheticComplaints gen = new SyntheticComplaints(2026);
        long plainCpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long baselineNanos = plainInsert(dir.resolve("plain.db"), gen);
        long plainCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - plainCpuStart;

        Path file = dir.resolve("store.db");
        long importNanos;
        long[] chunks = new long[(N + CHUNK - 1) / CHUNK];
        long optimizeNanos;
        long mainCpuNanos;
        long indexCpuNanos;
        var threads = ManagementFactory.getThreadMXBean();
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines()); Pages pages = new Pages(gen)) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long last = start;
            for (int from = 0; from < N; from += PAGE) {
                store.applyPage(pages.next(), List.of(), "cursor-" + from);
                long now = System.nanoTime();
                chunks[from / CHUNK] += now - last;
                last = now;
            }
            importNanos = last - start;

            // What the sync does once the first full pull is done.
            store.optimize();
            optimizeNanos = System.nanoTime() - last;
            mainCpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
            indexCpuNanos = cpuOf("search-index");
        }
        // Reopen as the application would next morning (close ran PRAGMA optimize).
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            Instant now = SyntheticComplaints.EPOCH.plus(Duration.ofDays(400));
            Instant soon = now.plus(Duration.ofDays(3));
            assertThat(store.count(InboxQuery.of(InboxView.ALL, now, soon))).isEqualTo(N);

            double[] inbox = inboxPages(store, now, soon);
            double[] fts = searches(store, now, soon);
            long countsStart = System.nanoTime();
            store.counts(now, soon);
            double countsMs = (System.nanoTime() - countsStart) / 1e6;

            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            // The pull is only done once optimize() has rebuilt what the first pull deferred.
            double importS = (importNanos + optimizeNanos) / 1e9;
            double baselineS = baselineNanos / 1e9;
            double ratio = baselineS / importS;

            ObjectNode json = new ObjectMapper().createObjectNode();
            json.put("name", "StoreBench");
            json.put("complaints", N);
            json.put("pageSize", PAGE);
            json.put("importSeconds", round(importS));
            json.put("applyPagesSeconds", round(importNanos / 1e9));
            json.put("generateSecondsAlone", round(generateNanos(gen) / 1e9));
            var perChunk = json.putArray("applyPagesSecondsPer10k");
            for (long c : chunks) {
                perChunk.add(round(c / 1e9));
            }
            json.put("optimizeSeconds", round(optimizeNanos / 1e9));
            json.put("importCpuSecondsWriter", round(mainCpuNanos / 1e9));
            json.put("importCpuSecondsSearchIndex", round(indexCpuNanos / 1e9));
            json.put("plainInsertSeconds", round(baselineS));
            json.put("plainInsertCpuSecondsWriter", round(plainCpuNanos / 1e9));
            json.put("importThroughputVsPlain", round(ratio));
            json.put("importPerSecond", Math.round(N / importS));
            json.put("inboxPageP50Ms", round(percentile(inbox, 50)));
            json.put("inboxPageP95Ms", round(percentile(inbox, 95)));
            json.put("inboxPageMaxMs", round(percentile(inbox, 100)));
            json.put("inboxSamples", inbox.length);
            json.put("searchP50Ms", round(percentile(fts, 50)));
            json.put("searchP95Ms", round(percentile(fts, 95)));
            json.put("searchMaxMs", round(percentile(fts, 100)));
            json.put("searchSamples", fts.length);
            json.put("sidebarCountsMs", round(countsMs));
            json.put("heapUsedAfterMiB", heap.getUsed() / (1024 * 1024));
            json.put("heapMaxMiB", heap.getMax() / (1024 * 1024));
            json.put("fileMiB", Files.size(file) / (1024 * 1024));
            var slow = json.putArray("slowest");
            SLOW.stream().sorted(java.util.Comparator.comparingDouble(Slow::ms).reversed()).limit(12)
                    .forEach(x -> slow.add(round(x.ms()) + " ms " + x.what()));
            Path out = Path.of(System.getProperty("penghubung.bench.dir", "target/bench"));
            Files.createDirectories(out);
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("StoreBench.json").toFile(), json);

            if (N >= 100_000) {
                assertThat(importS).as("import seconds").isLessThanOrEqualTo(10.0);
                assertThat(ratio).as("throughput vs plain insert").isGreaterThanOrEqualTo(0.40);
                assertThat(percentile(inbox, 95)).as("inbox p95 ms").isLessThanOrEqualTo(15.0);
                assertThat(percentile(fts, 95)).as("search p95 ms").isLessThanOrEqualTo(30.0);
            }
            assertThat(heap.getUsed()).as("heap after").isLessThan(256L * 1024 * 1024);
        }
    }

    private static double[] inboxPages(CaseStore store, Instant now, Instant soon) {
        SplittableRandom r = new SplittableRandom(1);
        InboxView[] views = {InboxView.ALL, InboxView.NEEDS_FOLLOW_UP, InboxView.OVERDUE, InboxView.DUE_SOON,
            InboxView.WAITING_FOR_REPORTER, InboxView.COMPLETED};
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            InboxFilter f = InboxFilter.NONE;
            switch (r.nextInt(6)) {
                case 0 -> f = f.withCategory("cat-" + r.nextInt(SyntheticComplaints.CATEGORIES));
                case 1 -> f = f.withUnit("unit-" + r.nextInt(SyntheticComplaints.UNITS));
                case 2 -> f = f.withStatuses(EnumSet.of(Status.PROSES, Status.BELUM_DITINDAKLANJUTI));
                case 3 -> f = f.withProvince("32").withRegency("Kota Bandung");
                case 4 -> f = f.withAgency("ag-" + (1 + r.nextInt(3)));
                default -> { }
            }
            InboxQuery q = InboxQuery.of(views[r.nextInt(views.length)], now, soon).withFilter(f)
                    .withSort(InboxSort.DEADLINE, r.nextInt(4) == 0);
            int count = store.count(q);
            int offset = count <= 100 ? 0 : r.nextInt(count - 100);
            long t0 = System.nanoTime();
            List<InboxRow> rows = store.page(q, offset, 100);
            double ms = (System.nanoTime() - t0) / 1e6;
            assertThat(rows).hasSize(Math.min(100, count - offset));
            if (i >= 50) {
                times.add(ms);
                SLOW.add(new Slow(ms, q.view() + " " + describe(f) + " desc=" + q.descending() + " offset=" + offset));
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    record Slow(double ms, String what) {
    }

    static final List<Slow> SLOW = new ArrayList<>();

    private static String describe(InboxFilter f) {
        return f.statuses() + f.categoryId().orElse("") + f.unitId().orElse("") + f.provinceId().orElse("")
                + f.agencyId().orElse("");
    }

    private static double[] searches(CaseStore store, Instant now, Instant soon) {
        SplittableRandom r = new SplittableRandom(2);
        InboxQuery any = InboxQuery.of(InboxView.ALL, now, soon);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String text = switch (r.nextInt(4)) {
                case 0 -> SyntheticComplaints.word(r);
                case 1 -> SyntheticComplaints.word(r) + " " + SyntheticComplaints.word(r);
                case 2 -> prefix(SyntheticComplaints.word(r) + " " + SyntheticComplaints.word(r), r);
                default -> "#" + SyntheticComplaints.trackingOf(r.nextInt(N)).substring(0, 5 + r.nextInt(3));
            };
            InboxQuery q = r.nextInt(3) == 0 ? any.withView(InboxView.NEEDS_FOLLOW_UP) : any;
            long t0 = System.nanoTime();
            store.search(text, q, 50);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (i >= 30) {
                times.add(ms);
                SLOW.add(new Slow(ms, "search '" + text + "' " + q.view()));
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String prefix(String s, SplittableRandom r) {
        int cut = Math.max(s.indexOf(' ') + 4, s.length() - r.nextInt(3));
        return s.substring(0, Math.min(cut, s.length()));
    }

    /** The reference: the same rows, batched, one transaction per page, into tables with no index or FTS. */
    private static long plainInsert(Path file, SyntheticComplaints gen) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.executeUpdate("CREATE TABLE complaint (id TEXT, tracking TEXT, version INTEGER, title TEXT, body TEXT,"
                    + " classification TEXT, anonymous INTEGER, confidential INTEGER, category_id TEXT, category_name TEXT,"
                    + " channel TEXT, status TEXT, submitted_at INTEGER, disposed_at INTEGER, province_id TEXT, province TEXT,"
                    + " regency TEXT, district TEXT, village TEXT, detail TEXT, agency_id TEXT, agency_name TEXT,"
                    + " unit_id TEXT, unit_name TEXT, due INTEGER)");
            s.executeUpdate("CREATE TABLE event (complaint_id TEXT, seq INTEGER, id TEXT, type TEXT, at INTEGER,"
                    + " actor_kind TEXT, actor_name TEXT, text TEXT)");
            s.executeUpdate("CREATE TABLE attachment (complaint_id TEXT, seq INTEGER, sha256 TEXT, file_name TEXT,"
                    + " media_type TEXT, size INTEGER)");
            s.executeUpdate("CREATE TABLE reporter (complaint_id TEXT, name TEXT, phone TEXT, email TEXT, nik TEXT)");
            c.setAutoCommit(false);
            long start;
            try (PreparedStatement pc = c.prepareStatement("INSERT INTO complaint VALUES (" + "?,".repeat(24) + "?)");
                    PreparedStatement pe = c.prepareStatement("INSERT INTO event VALUES (?,?,?,?,?,?,?,?)");
                    PreparedStatement pa = c.prepareStatement("INSERT INTO attachment VALUES (?,?,?,?,?,?)");
                    PreparedStatement pr = c.prepareStatement("INSERT INTO reporter VALUES (?,?,?,?,?)");
                    Pages pages = new Pages(gen)) {
                start = System.nanoTime();
                for (int from = 0; from < N; from += PAGE) {
                    List<Complaint> page = pages.next();
                    for (Complaint x : page) {
                        int i = 1;
                        pc.setString(i++, x.id());
                        pc.setString(i++, x.trackingId().value());
                        pc.setLong(i++, x.version());
                        pc.setString(i++, x.title());
                        pc.setString(i++, x.body());
                        pc.setString(i++, x.classification().name());
                        pc.setInt(i++, x.anonymous() ? 1 : 0);
                        pc.setInt(i++, x.confidential() ? 1 : 0);
                        pc.setString(i++, x.category().id());
                        pc.setString(i++, x.category().name());
                        pc.setString(i++, x.channel().name());
                        pc.setString(i++, x.status().name());
                        pc.setLong(i++, x.submittedAt().toEpochMilli());
                        pc.setLong(i++, x.disposedAt().map(Instant::toEpochMilli).orElse(0L));
                        pc.setString(i++, x.location().provinceId());
                        pc.setString(i++, x.location().province());
                        pc.setString(i++, x.location().regency());
                        pc.setString(i++, x.location().district());
                        pc.setString(i++, x.location().village());
                        pc.setString(i++, x.location().detail());
                        pc.setString(i++, x.agency().map(a -> a.id()).orElse(null));
                        pc.setString(i++, x.agency().map(a -> a.name()).orElse(null));
                        pc.setString(i++, x.unit().map(u -> u.id()).orElse(null));
                        pc.setString(i++, x.unit().map(u -> u.name()).orElse(null));
                        pc.setLong(i, 0);
                        pc.addBatch();
                        int seq = 0;
                        for (Event e : x.events()) {
                            pe.setString(1, x.id());
                            pe.setInt(2, seq++);
                            pe.setString(3, e.id());
                            pe.setString(4, e.type().name());
                            pe.setLong(5, e.at().toEpochMilli());
                            pe.setString(6, e.actor().kind().name());
                            pe.setString(7, e.actor().name());
                            pe.setString(8, e.text());
                            pe.addBatch();
                        }
                        int aseq = 0;
                        for (Attachment a : x.attachments()) {
                            pa.setString(1, x.id());
                            pa.setInt(2, aseq++);
                            pa.setString(3, a.sha256());
                            pa.setString(4, a.fileName());
                            pa.setString(5, a.mediaType());
                            pa.setLong(6, a.size());
                            pa.addBatch();
                        }
                        if (x.reporter().isPresent()) {
                            var rep = x.reporter().get();
                            pr.setString(1, x.id());
                            pr.setString(2, rep.name());
                            pr.setString(3, rep.phone().orElse(null));
                            pr.setString(4, rep.email().orElse(null));
                            pr.setString(5, rep.nik().orElse(null));
                            pr.addBatch();
                        }
                    }
                    pc.executeBatch();
                    pe.executeBatch();
                    pa.executeBatch();
                    pr.executeBatch();
                    c.commit();
                }
            }
            return System.nanoTime() - start;
        }
    }

    /** CPU time of the live thread of that name (the store's background writer), 0 when none. */
    private static long cpuOf(String threadName) {
        var threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(threadName))
                .mapToLong(t -> threads.getThreadCpuTime(t.threadId())).sum();
    }

    /** How long generating the pages takes by itself (for reading the two wall-clock times). */
    private static long generateNanos(SyntheticComplaints gen) {
        long t0 = System.nanoTime();
        long sink = 0;
        for (int from = 0; from < N; from += PAGE) {
            sink += gen.page(from, Math.min(PAGE, N - from)).size();
        }
        assertThat(sink).isEqualTo(N);
        return System.nanoTime() - t0;
    }

    /** The pages of a pull, generated on their own thread up to two ahead of the consumer. */
    private static final class Pages implements AutoCloseable {
        private final java.util.concurrent.BlockingQueue<List<Complaint>> queue =
                new java.util.concurrent.ArrayBlockingQueue<>(2);
        private final Thread producer;

        Pages(SyntheticComplaints gen) {
            producer = Thread.ofPlatform().daemon().name("bench-pages").start(() -> {
                try {
                    for (int from = 0; from < N; from += PAGE) {
                        queue.put(gen.page(from, Math.min(PAGE, N - from)));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        List<Complaint> next() throws InterruptedException {
            return queue.take();
        }

        @Override
        public void close() throws InterruptedException {
            producer.interrupt();
            producer.join();
        }
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(idx, sorted.length - 1))];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
