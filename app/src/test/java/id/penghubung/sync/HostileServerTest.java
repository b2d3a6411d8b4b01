package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.penghubung.protocol.WireComplaint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a server that answers with too much, for ever, or too slowly: every call ends
 * with a clear {@link CentralException} after a bounded number of bytes and a bounded time.
 */
class HostileServerTest {
    private static final long TWO_GB = 2L << 30;
    private static final long BUDGET = 1L << 20;
    /** The budget plus what the kernel's socket buffers on loopback take in before the client hangs up; far below 2 GB. */
    private static final long SENT_AT_MOST = 64L << 20;

    private HostileServer server;
    private OkHttpCentralApi api;
    private final AtomicLong produced = new AtomicLong();

    @BeforeEach
    void start() throws IOException {
        server = new HostileServer();
        api = OkHttpCentralApi.builder(server.url()).callTimeout(Duration.ofSeconds(2))
                .bodyLimits(new BodyLimits(BUDGET, BUDGET, 16 * 1024)).build();
    }

    @AfterEach
    void stop() {
        api.close();
        server.close();
    }

    private void signIn() {
        api.login("rina", "x".toCharArray());
    }

    /** Writes {@code head}, then {@code filler} until {@code total} bytes or the client hangs up. */
    private void endless(OutputStream out, String head, byte[] filler, long total) throws IOException {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        out.write(start);
        long sent = start.length;
        while (sent < total) {
            out.write(filler);
            sent += filler.length;
            produced.addAndGet(filler.length);
        }
    }

    private static byte[] spaces(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) ' ');
        return b;
    }

    private static final PageConsumer IGNORE = new PageConsumer() {
        @Override
        public void item(WireComplaint complaint) {
        }

        @Override
        public void removed(String complaintId) {
        }

        @Override
        public void complete(String nextCursor, boolean hasMore) {
        }
    };

    @Test
    void aGzipBombOfTwoGigabytesEndsAtTheDecompressedBudget() {
        server.on("/api/v1/changes", (exchange, out) -> {
            HostileServer.streaming(exchange, "gzip");
            try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
                endless(gzip, "{\"items\":[", spaces(64 * 1024), TWO_GB);
            }
        });
        signIn();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> api.changes(Optional.empty(), 10, IGNORE))
                    .isInstanceOf(AnswerRefusedException.class)
                    .hasMessageContaining("larger than");
        });
        // The server cannot get far ahead of a client that stopped at the budget (socket buffers aside).
        assertThat(produced.get()).isLessThan(64L << 20);
        assertThat(server.written.get()).isLessThan(1L << 20);
    }

    @Test
    void aTwoGigabytePageEndsAtTheBudget() {
        server.on("/api/v1/changes", (exchange, out) -> {
            HostileServer.streaming(exchange, null);
            endless(out, "{\"items\":[{\"id\":\"", "aaaaaaaaaaaaaaaa".repeat(4096).getBytes(StandardCharsets.US_ASCII), TWO_GB);
        });
        signIn();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> api.changes(Optional.empty(), 10, IGNORE))
                    .isInstanceOf(AnswerRefusedException.class);
        });
        assertThat(server.written.get()).isLessThan(SENT_AT_MOST);
    }

    @Test
    void aPageWithMoreItemsThanAskedForEnds() {
        server.on("/api/v1/changes", (exchange, out) -> {
            HostileServer.streaming(exchange, null);
            endless(out, "{\"items\":[{}", ",{}".getBytes(StandardCharsets.US_ASCII), TWO_GB);
        });
        signIn();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> api.changes(Optional.empty(), 10, IGNORE))
                    .isInstanceOf(AnswerRefusedException.class)
                    .hasMessageContaining("more than the 10 items");
        });
        assertThat(server.written.get()).isLessThan(SENT_AT_MOST);
    }

    @Test
    void aPageDrippedByteByByteEndsAtTheCallDeadline() {
        server.on("/api/v1/changes", (exchange, out) -> {
            HostileServer.streaming(exchange, null);
            out.write("{\"items\":[".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 10_000; i++) {
                out.write(' ');
                out.flush();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        signIn();
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            assertThatThrownBy(() -> api.changes(Optional.empty(), 10, IGNORE))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.deadlineExceeded()).isTrue());
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSignInAnswerIsCappedToo() {
        server.on("/api/v1/auth/login", (exchange, out) -> {
            HostileServer.streaming(exchange, null);
            endless(out, "", spaces(64 * 1024), 256L << 20);
            out.write(HostileServer.LOGIN.getBytes(StandardCharsets.UTF_8));
        });
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(this::signIn).isInstanceOf(AnswerRefusedException.class);
        });
        assertThat(server.written.get()).isLessThan(SENT_AT_MOST);
        assertThat(api.signedIn()).isFalse();
    }

    @Test
    void anErrorAnswerIsReadOnlyUpToItsCap() {
        server.on("/api/v1/reference", (exchange, out) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(503, 0);
            endless(out, "{\"error\":{\"code\":\"", "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII), TWO_GB);
        });
        signIn();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> api.reference()).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.status()).isEqualTo(503));
        });
        assertThat(server.written.get()).isLessThan(SENT_AT_MOST);
    }

    @Test
    void aDownloadStopsAtItsDeclaredSize() {
        server.on("/api/v1/attachments/", (exchange, out) -> {
            exchange.sendResponseHeaders(200, 0);
            endless(out, "", new byte[64 * 1024], TWO_GB);
        });
        signIn();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> api.downloadAttachment("a".repeat(64), 0, 208, offset -> sink))
                    .isInstanceOf(AnswerRefusedException.class)
                    .hasMessageContaining("208");
        });
        assertThat(sink.size()).isLessThanOrEqualTo(208);
        assertThat(server.written.get()).isLessThan(SENT_AT_MOST);
    }

    @Test
    void aDownloadAnnouncedLargerThanAllowedIsNotStarted() {
        server.on("/api/v1/attachments/", (exchange, out) -> {
            exchange.sendResponseHeaders(200, 1L << 30);
            endless(out, "", new byte[64 * 1024], 1L << 30);
        });
        signIn();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        assertThatThrownBy(() -> api.downloadAttachment("b".repeat(64), 0, 208, offset -> sink))
                .isInstanceOf(AnswerRefusedException.class);
        assertThat(sink.size()).isZero();
    }
}
