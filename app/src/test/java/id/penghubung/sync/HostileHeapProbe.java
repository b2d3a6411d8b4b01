package id.penghubung.sync;

import id.penghubung.protocol.WireComplaint;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Run in a JVM started with {@code -Xmx256m} (by {@link HostileHeapBench}): the standard client
 * against each hostile answer, printing one line per answer with how the call ended, how long it
 * took and the peak heap (sum of the heap pools' peak usage, reset before each answer).
 */
public final class HostileHeapProbe {
    private static final long TWO_GB = 2L << 30;

    private HostileHeapProbe() {
    }

    @FunctionalInterface
    interface Call {
        void run(OkHttpCentralApi api);
    }

    public static void main(String[] args) throws Exception {
        String item = """
                {"id":"c1","trackingId":"3100042","version":4,"title":"Jalan rusak","body":"BODY","classification":"PENGADUAN",
                "anonymous":true,"confidential":false,"category":{"id":"pu.jalan","name":"Jalan","parentId":"pu"},"channel":"WEBSITE",
                "status":"PROSES","submittedAt":"2026-02-20T02:15:00Z","disposedAt":null,"incidentDate":"2026-02-18",
                "location":{"provinceId":"32","province":"Jawa Barat","regency":"Kota Bandung","district":"Coblong","village":"Dago",
                "detail":"","latitude":-6.885,"longitude":107.613},"agency":{"id":"a","name":"A"},"unit":null,"reporter":null,"attachments":[],"events":[]}""";
        byte[] smallItem = ("," + item.replace("BODY", "Isi")).getBytes(StandardCharsets.UTF_8);
        byte[] bigItem = ("," + item.replace("BODY", "x".repeat(1 << 20))).getBytes(StandardCharsets.UTF_8);
        try (HostileServer server = new HostileServer()) {
            probe(server, "gzip bomb (2 GB of whitespace)", "/api/v1/changes", (exchange, out) -> {
                HostileServer.streaming(exchange, "gzip");
                try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
                    endless(gzip, "{\"items\":[", spaces(), TWO_GB);
                }
            }, api -> api.changes(Optional.empty(), 1000, keeping()));
            probe(server, "2 GB page (one endless string)", "/api/v1/changes", (exchange, out) -> {
                HostileServer.streaming(exchange, null);
                endless(out, "{\"items\":[{\"id\":\"", "a".repeat(65536).getBytes(StandardCharsets.US_ASCII), TWO_GB);
            }, api -> api.changes(Optional.empty(), 1000, keeping()));
            probe(server, "never-ending page of small complaints", "/api/v1/changes", (exchange, out) -> {
                HostileServer.streaming(exchange, null);
                endless(out, "{\"items\":[{}", smallItem, TWO_GB);
            }, api -> api.changes(Optional.empty(), 1000, keeping()));
            probe(server, "never-ending page of 1 MiB complaints", "/api/v1/changes", (exchange, out) -> {
                HostileServer.streaming(exchange, null);
                endless(out, "{\"items\":[{}", bigItem, TWO_GB);
            }, api -> api.changes(Optional.empty(), 1000, keeping()));
            probe(server, "page dripped 1 byte / 200 ms (deadline 2 s)", "/api/v1/changes", (exchange, out) -> {
                HostileServer.streaming(exchange, null);
                for (int i = 0; i < 1000; i++) {
                    out.write(' ');
                    out.flush();
                    sleep(200);
                }
            }, api -> api.changes(Optional.empty(), 1000, keeping()));
            probe(server, "sign-in answer of 2 GB", "/api/v1/auth/login", (exchange, out) -> {
                HostileServer.streaming(exchange, null);
                endless(out, "", spaces(), TWO_GB);
            }, api -> api.login("rina", "x".toCharArray()));
            probe(server, "reference data of 2 GB", "/api/v1/reference", (exchange, out) -> {
                HostileServer.streaming(exchange, null);
                endless(out, "{\"categories\":[\"", "a".repeat(65536).getBytes(StandardCharsets.US_ASCII), TWO_GB);
            }, api -> api.reference());
            probe(server, "\"208-byte\" attachment sent endlessly", "/api/v1/attachments/", (exchange, out) -> {
                exchange.sendResponseHeaders(200, 0);
                endless(out, "", new byte[65536], TWO_GB);
            }, api -> api.downloadAttachment("a".repeat(64), 0, 208, offset -> OutputStream.nullOutputStream()));
        }
    }

    private static void probe(HostileServer server, String name, String path, HostileServer.Answer answer, Call call) {
        server.on("/api/v1/auth/login", (exchange, out) -> HostileServer.json(exchange, 200, HostileServer.LOGIN));
        server.on(path, answer);
        // A 2 s deadline for the dripped page; the others get 60 s, so their byte and item bounds are what ends them.
        Duration deadline = Duration.ofSeconds(name.contains("dripped") ? 2 : 60);
        try (OkHttpCentralApi api = OkHttpCentralApi.builder(server.url()).callTimeout(deadline).build()) {
            if (!path.endsWith("login")) {
                api.login("rina", "x".toCharArray());
            }
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            String outcome;
            try {
                call.run(api);
                outcome = "completed (!)";
            } catch (CentralException e) {
                outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (OutOfMemoryError e) {
                outcome = "OutOfMemoryError";
            }
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("%-46s | %6d ms | peak heap %4d MiB | %s%n", name, (System.nanoTime() - started) / 1_000_000,
                    peak >> 20, outcome);
        }
    }

    private static final List<WireComplaint> KEPT = new ArrayList<>();

    /** Keeps every item, as the sync's page collector does until the page is applied. */
    private static PageConsumer keeping() {
        KEPT.clear();
        return new PageConsumer() {
            @Override
            public void item(WireComplaint complaint) {
                KEPT.add(complaint);
            }

            @Override
            public void removed(String complaintId) {
            }

            @Override
            public void complete(String nextCursor, boolean hasMore) {
            }
        };
    }

    private static void endless(OutputStream out, String head, byte[] filler, long total) throws IOException {
        out.write(head.getBytes(StandardCharsets.UTF_8));
        for (long sent = 0; sent < total; sent += filler.length) {
            out.write(filler);
        }
    }

    private static byte[] spaces() {
        byte[] b = new byte[65536];
        Arrays.fill(b, (byte) ' ');
        return b;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
