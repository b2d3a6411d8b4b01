package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real user's login latency (from 127.0.0.1) while 4 threads send 2,000 bad logins from
 * 127.0.0.2-5, with the production password hash (PBKDF2, 210,000 iterations). JSON in
 * target/bench/login-flood.json.
 */
@Tag("bench")
class LoginFloodBench {
    private static final String LOGIN = id.penghubung.protocol.Endpoints.LOGIN;
    private static final String GOOD = "{\"username\":\"penghubung\",\"password\":\"" + CentralServer.TRAINING_PASSWORD + "\"}";

    @Test
    void realUserLatencyUnderALoginFlood() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        try (CentralServer server = CentralServer.start(CentralConfig.defaults().withPort(0).withComplaints(20))) {
            int port = server.port();
            List<Long> quiet = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                quiet.add(timedLogin(port));
            }
            report.put("quietLoginMillis", stats(quiet));
            Map<Integer, AtomicInteger> floodCodes = new ConcurrentHashMap<>();
            AtomicInteger sent = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Long> underFlood = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                List<Future<?>> flood = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int from = 2 + t;
                    flood.add(pool.submit(() -> {
                        for (int i = 0; i < 500; i++) {
                            String user = i % 2 == 0 ? "penghubung" : "tamu" + i;
                            RawHttp.Reply r = RawHttp.postJson(from, port, LOGIN,
                                    "{\"username\":\"" + user + "\",\"password\":\"salah" + i + "\"}", 120_000);
                            floodCodes.computeIfAbsent(r.code(), k -> new AtomicInteger()).incrementAndGet();
                            sent.incrementAndGet();
                        }
                    }));
                }
                while (sent.get() < 2_000 && underFlood.size() < 200) {
                    underFlood.add(timedLogin(port));
                }
                for (Future<?> f : flood) {
                    f.get();
                }
            }
            double floodSeconds = (System.nanoTime() - t0) / 1e9;
            report.put("floodRequests", sent.get());
            report.put("floodSeconds", floodSeconds);
            Map<String, Integer> codes = new LinkedHashMap<>();
            floodCodes.forEach((k, v) -> codes.put(Integer.toString(k), v.get()));
            report.put("floodAnswers", codes);
            report.put("realLoginsDuringFlood", underFlood.size());
            report.put("realLoginMillisUnderFlood", stats(underFlood));
            report.put("processors", Runtime.getRuntime().availableProcessors());
            assertThat(codes.keySet()).containsOnly("401", "429");
        }
        write(report);
        System.out.println("login flood: " + report);
    }

    private static long timedLogin(int port) {
        long t = System.nanoTime();
        RawHttp.Reply r = RawHttp.postJson(1, port, LOGIN, GOOD, 120_000);
        assertThat(r.code()).as(r.body()).isEqualTo(200);
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static Map<String, Long> stats(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        Map<String, Long> s = new LinkedHashMap<>();
        s.put("p50", sorted.get(sorted.size() / 2));
        s.put("p95", sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)));
        s.put("max", sorted.get(sorted.size() - 1));
        return s;
    }

    private static void write(Map<String, Object> report) throws IOException {
        Path dir = Path.of(System.getProperty("penghubung.bench.dir", "target/bench"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("login-flood.json"), Json.lenient().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
    }
}
