package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.store.CaseStore;
import id.penghubung.store.DeadlineIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page over the byte budget is asked for again with half the items, so complaints that are
 * legitimately large never stop the pull; a single complaint over the budget ends the sync clearly.
 */
class OversizedPageSyncTest {
    @TempDir
    Path dir;

    private static final String ITEM = """
            {"id":"cID","trackingId":"31000ID","version":4,"title":"Jalan rusak","body":"BODY","classification":"PENGADUAN",
            "anonymous":true,"confidential":false,"category":{"id":"pu.jalan","name":"Jalan","parentId":"pu"},"channel":"WEBSITE",
            "status":"PROSES","submittedAt":"2026-02-20T02:15:00Z","disposedAt":null,"incidentDate":"2026-02-18",
            "location":{"provinceId":"32","province":"Jawa Barat","regency":"Kota Bandung","district":"Coblong","village":"Dago",
            "detail":"","latitude":-6.885,"longitude":107.613},"agency":{"id":"a","name":"A"},"unit":null,"reporter":null,"attachments":[],"events":[]}""";

    /** Items of about 100 KB each: a page of more than 8 is over a 1 MiB budget. */
    private static String page(int items, int bodyChars) {
        String body = "x".repeat(bodyChars);
        List<String> list = java.util.stream.IntStream.range(10, 10 + items).mapToObj(i -> ITEM.replace("BODY", body)
                .replace("ID", Integer.toString(i))).toList();
        return "{\"items\":[" + String.join(",", list) + "],\"removed\":[],\"nextCursor\":\"end\",\"hasMore\":false}";
    }

    private static int limitOf(String query) {
        for (String part : query.split("&")) {
            if (part.startsWith("limit=")) {
                return Integer.parseInt(part.substring(6));
            }
        }
        return 500;
    }

    @Test
    void aPageOverTheBudgetIsAskedForAgainWithFewerItems() throws Exception {
        List<Integer> asked = new CopyOnWriteArrayList<>();
        try (HostileServer server = new HostileServer()) {
            server.on("/api/v1/changes", (exchange, out) -> {
                int limit = limitOf(exchange.getRequestURI().getQuery());
                asked.add(limit);
                HostileServer.json(exchange, 200, page(Math.min(limit, 20), 100_000));
            });
            try (OkHttpCentralApi api = OkHttpCentralApi.builder(server.url()).bodyLimits(new BodyLimits(1 << 20, 1 << 20, 65536)).build();
                    CaseStore store = CaseStore.open(dir.resolve("cache.db"), DeadlineIndex.none())) {
                api.login("rina", "x".toCharArray());
                SyncEngine engine = new SyncEngine(api, store, new AttachmentFiles(dir.resolve("attachments")), Optional.empty(),
                        SyncEngine.Options.defaults().withPageSize(100).withBackoff(new Backoff(Duration.ZERO, Duration.ZERO, 3)));

                SyncReport report = engine.sync(SyncListener.NONE);

                assertThat(report.pulled()).isEqualTo(6);
                assertThat(asked).containsExactly(100, 50, 25, 12, 6);
                assertThat(store.cursor()).contains("end");
            }
        }
    }

    @Test
    void oneComplaintOverTheBudgetEndsTheSyncWithAClearError() throws Exception {
        try (HostileServer server = new HostileServer()) {
            server.on("/api/v1/changes", (exchange, out) -> HostileServer.json(exchange, 200, page(1, 2 << 20)));
            try (OkHttpCentralApi api = OkHttpCentralApi.builder(server.url()).bodyLimits(new BodyLimits(1 << 20, 1 << 20, 65536)).build();
                    CaseStore store = CaseStore.open(dir.resolve("cache.db"), DeadlineIndex.none())) {
                api.login("rina", "x".toCharArray());
                SyncEngine engine = new SyncEngine(api, store, new AttachmentFiles(dir.resolve("attachments")), Optional.empty(),
                        SyncEngine.Options.defaults().withPageSize(4).withBackoff(new Backoff(Duration.ZERO, Duration.ZERO, 3)));

                assertThatThrownBy(() -> engine.sync(SyncListener.NONE)).isInstanceOf(AnswerRefusedException.class)
                        .hasMessageContaining("larger than the 1048576 bytes");
                assertThat(store.cursor()).isEmpty();
            }
        }
    }
}
