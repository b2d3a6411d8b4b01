package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Status;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.AppliedAction;
import id.penghubung.protocol.AppliedActions;
import id.penghubung.protocol.ChangesPage;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Seed 100,000 complaints, serve them all through the gzip feed, and push 200 concurrent actions. */
@Tag("bench")
class CentralBench {
    private static final int COMPLAINTS = 100_000;

    @Test
    void seedFeedAndConcurrentActions() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(COMPLAINTS))) {
            double seedSeconds = (System.nanoTime() - t0) / 1e9;
            report.put("seedComplaints", COMPLAINTS);
            report.put("seedSeconds", seedSeconds);

            ApiClient admin = ApiClient.login(server.baseUri(), "admin");
            long t1 = System.nanoTime();
            long compressedBytes = 0;
            int items = 0;
            int pages = 0;
            String cursor = null;
            Set<String> ids = ConcurrentHashMap.newKeySet();
            while (true) {
                Request request = new Request.Builder()
                        .url(server.baseUri() + "/api/v1/changes?limit=1000" + (cursor == null ? "" : "&cursor=" + cursor))
                        .header("Authorization", "Bearer " + admin.token).header("Accept-Encoding", "gzip").build();
                ChangesPage page;
                try (Response response = ApiClient.HTTP.newCall(request).execute()) {
                    assertThat(response.code()).isEqualTo(200);
                    assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
                    byte[] gz = response.body().bytes();
                    compressedBytes += gz.length;
                    page = Json.lenient().readValue(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz)), ChangesPage.class);
                }
                pages++;
                items += page.items().size();
                page.items().forEach(c -> ids.add(c.id()));
                cursor = page.nextCursor();
                if (!page.hasMore()) {
                    break;
                }
            }
            double feedSeconds = (System.nanoTime() - t1) / 1e9;
            assertThat(ids).hasSize(COMPLAINTS);
            report.put("feedItems", items);
            report.put("feedPages", pages);
            report.put("feedGzipBytes", compressedBytes);
            report.put("feedSeconds", feedSeconds);

            // 200 concurrent requests, 4 actions per complaint on 50 complaints, all on the same base version.
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            List<WireComplaint> targets = officer.pullAll(1000).values().stream()
                    .filter(c -> c.knownStatus() == Status.PROSES || c.knownStatus() == Status.BELUM_DITINDAKLANJUTI).limit(50).toList();
            assertThat(targets).hasSize(50);
            List<WireAction> actions = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                WireComplaint c = targets.get(i % 50);
                actions.add(new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.NOTE,
                        "catatan bench " + i, null, null, null, null, null, null));
            }
            double firstRound = concurrently(officer, actions, ActionOutcome.APPLIED);
            double secondRound = concurrently(officer, actions, ActionOutcome.DUPLICATE);
            for (WireComplaint c : targets) {
                AppliedActions applied = admin.get("/api/v1/admin/complaints/" + c.id() + "/actions").as(AppliedActions.class);
                Set<String> expected = actions.stream().filter(a -> a.complaintId().equals(c.id())).map(WireAction::actionId)
                        .collect(Collectors.toSet());
                assertThat(applied.actions()).extracting(AppliedAction::actionId).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(applied.actions()).extracting(AppliedAction::version)
                        .containsExactlyInAnyOrder(c.version() + 1, c.version() + 2, c.version() + 3, c.version() + 4);
            }
            report.put("concurrentRequests", actions.size());
            report.put("concurrentAppliedSeconds", firstRound);
            report.put("concurrentDuplicateSeconds", secondRound);
            report.put("lostOrDuplicatedActions", 0);
        }
        write("central", report);
        assertThat((double) report.get("seedSeconds")).isLessThanOrEqualTo(30.0);
        assertThat((double) report.get("feedSeconds")).isLessThanOrEqualTo(15.0);
    }

    /** Sends each action in its own request, all at once; every result must have the expected outcome. */
    private static double concurrently(ApiClient client, List<WireAction> actions, ActionOutcome expected) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        long t = 0;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ActionResult>> futures = new ArrayList<>();
            for (WireAction action : actions) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return client.act(action).results().getFirst();
                }));
            }
            t = System.nanoTime();
            start.countDown();
            for (Future<ActionResult> f : futures) {
                assertThat(f.get().outcome()).isEqualTo(expected);
            }
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static void write(String name, Map<String, Object> report) throws IOException {
        Path dir = Path.of(System.getProperty("penghubung.bench.dir", "target/bench"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".json"), Json.lenient().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
    }
}
