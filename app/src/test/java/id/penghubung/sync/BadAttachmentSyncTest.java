package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.store.CaseStore;
import id.penghubung.store.DeadlineIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page whose open complaint names four attachments: one the server streams without end although
 * it was declared as 208 bytes, one whose bytes do not match its hash, one the server does not have
 * (404) and one good. The sync finishes, keeps the good file, reports three failures and leaves no
 * partial file behind.
 */
class BadAttachmentSyncTest {
    @TempDir
    Path dir;

    private static final byte[] GOOD = "%PDF-1.4 sebuah lampiran yang baik".getBytes(StandardCharsets.US_ASCII);
    private static final String ENDLESS = "e".repeat(64);
    private static final String WRONG = "f".repeat(64);
    private static final String MISSING = "0".repeat(64);

    private static String page(String goodSha) {
        return """
                {"items":[{"id":"c1","trackingId":"3100042","version":4,"title":"Jalan rusak","body":"Isi","classification":"PENGADUAN",
                "anonymous":true,"confidential":false,"category":{"id":"pu.jalan","name":"Jalan","parentId":"pu"},"channel":"WEBSITE",
                "status":"PROSES","submittedAt":"2026-02-20T02:15:00Z","disposedAt":null,"incidentDate":"2026-02-18",
                "location":{"provinceId":"32","province":"Jawa Barat","regency":"Kota Bandung","district":"Coblong","village":"Dago",
                "detail":"","latitude":-6.885,"longitude":107.613},"agency":{"id":"a","name":"A"},"unit":null,"reporter":null,
                "attachments":[ATTACHMENTS],
                "events":[{"id":"e1","type":"SUBMITTED","at":"2026-02-20T02:15:00Z","actor":{"kind":"REPORTER","name":"Pelapor"},
                "text":"","attachments":[]}]}],"removed":[],"nextCursor":"x","hasMore":false}
                """.replace("ATTACHMENTS", String.join(",", attachment(ENDLESS, 208), attachment(WRONG, 10),
                attachment(MISSING, 10), attachment(goodSha, GOOD.length)));
    }

    private static String attachment(String sha, long size) {
        return "{\"sha256\":\"" + sha + "\",\"fileName\":\"f.pdf\",\"mediaType\":\"application/pdf\",\"size\":" + size + "}";
    }

    @Test
    void badAttachmentsAreReportedAndTheRestOfTheSyncCompletes() throws Exception {
        String goodSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(GOOD));
        try (HostileServer server = new HostileServer()) {
            server.on("/api/v1/changes", (exchange, out) -> HostileServer.json(exchange, 200, page(goodSha)));
            server.on("/api/v1/attachments/", (exchange, out) -> {
                String sha = exchange.getRequestURI().getPath().substring("/api/v1/attachments/".length());
                if (sha.equals(ENDLESS)) {
                    exchange.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[64 * 1024];
                    for (long sent = 0; sent < (2L << 30); sent += chunk.length) {
                        out.write(chunk);
                    }
                } else if (sha.equals(WRONG)) {
                    exchange.sendResponseHeaders(200, 10);
                    out.write("0123456789".getBytes(StandardCharsets.US_ASCII));
                } else if (sha.equals(goodSha)) {
                    exchange.sendResponseHeaders(200, GOOD.length);
                    out.write(GOOD);
                } else {
                    HostileServer.json(exchange, 404, "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Unknown attachment\"}}");
                }
            });
            AttachmentFiles files = new AttachmentFiles(dir.resolve("attachments"));
            try (OkHttpCentralApi api = OkHttpCentralApi.builder(server.url()).build();
                    CaseStore store = CaseStore.open(dir.resolve("cache.db"), DeadlineIndex.none())) {
                api.login("rina", "x".toCharArray());
                SyncEngine engine = new SyncEngine(api, store, files, Optional.empty(),
                        SyncEngine.Options.defaults().withBackoff(new Backoff(Duration.ofMillis(1), Duration.ofMillis(5), 3)));

                SyncReport report = engine.sync(SyncListener.NONE);

                assertThat(report.pulled()).isEqualTo(1);
                assertThat(report.downloaded()).isEqualTo(1);
                assertThat(report.attachmentsFailed()).isEqualTo(3);
                assertThat(files.file(goodSha)).isPresent();
                assertThat(files.file(ENDLESS)).isEmpty();
                assertThat(files.file(WRONG)).isEmpty();
                assertThat(folderBytes(files.folder())).isEqualTo(GOOD.length);
            }
        }
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
