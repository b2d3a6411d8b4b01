package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a request body one byte at a time, over real sockets from 127.0.0.2: they
 * neither take the slots real requests need nor stay connected past the body deadline.
 */
class SlowClientTest {
    private static final String LOGIN = id.penghubung.protocol.Endpoints.LOGIN;
    private static final Duration DEADLINE = Duration.ofMillis(1500);
    private final List<Socket> slow = new ArrayList<>();
    private final AtomicBoolean dripping = new AtomicBoolean(true);
    private CentralServer server;

    @AfterEach
    void stop() throws IOException {
        dripping.set(false);
        for (Socket s : slow) {
            s.close();
        }
        server.close();
    }

    private void start(ServerLimits limits) throws IOException {
        server = CentralServer.start(CentralConfig.forTests(5).withLimits(limits));
    }

    /** Opens n connections from 127.0.0.2 that announce a 100-byte login body, then drip it every 250 ms. */
    private void openSlow(int n) throws IOException {
        byte[] head = RawHttp.head("POST", LOGIN, 100).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < n; i++) {
            Socket s = RawHttp.connect(2, server.port(), 100);
            s.getOutputStream().write(head);
            s.getOutputStream().write('{');
            s.getOutputStream().flush();
            slow.add(s);
        }
        Thread.ofPlatform().daemon().start(() -> {
            for (int round = 0; round < 60 && dripping.get(); round++) {
                for (Socket s : slow) {
                    try {
                        s.getOutputStream().write(' ');
                    } catch (IOException e) {
                        // cut by the server: expected
                    }
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private RawHttp.Reply realLogin() {
        return RawHttp.postJson(1, server.port(), LOGIN,
                "{\"username\":\"penghubung\",\"password\":\"" + CentralServer.TRAINING_PASSWORD + "\"}");
    }

    /** What a slow socket heard: the status of an answer, or -1 when the server closed it without one. Waits at most until the end. */
    private static int outcome(Socket s, long endNanos) throws IOException {
        InputStream in = s.getInputStream();
        StringBuilder got = new StringBuilder();
        while (System.nanoTime() < endNanos) {
            try {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                got.append((char) b);
                if (got.length() >= 12) {
                    return Integer.parseInt(got.substring(9, 12));
                }
            } catch (java.net.SocketTimeoutException e) {
                // still open: keep waiting until the end
            } catch (java.net.SocketException e) {
                break;
            }
        }
        return System.nanoTime() < endNanos ? -1 : 0;
    }

    @Test
    void fiveHundredThirtyDrippingBodiesDoNotStarveARealLoginAndAreCutAtTheDeadline() throws IOException {
        start(ServerLimits.defaults().withConnections(512, 1_000, DEADLINE));
        long opened = System.nanoTime();
        openSlow(530);
        for (int i = 0; i < 3; i++) {
            RawHttp.Reply real = realLogin();
            assertThat(real.code()).as("a real login while 530 bodies drip: " + real.body()).isEqualTo(200);
        }
        long end = opened + DEADLINE.toNanos() + Duration.ofSeconds(3).toNanos();
        int cut = 0;
        for (Socket s : slow) {
            if (outcome(s, end) == -1) {
                cut++;
            }
        }
        assertThat(cut).as("slow connections closed by the server within the deadline (+3 s margin)").isEqualTo(530);
    }

    @Test
    void oneAddressGetsAtMostItsShareAndTheRestIsRefusedAtOnce() throws IOException {
        start(ServerLimits.defaults().withConnections(8, 16, DEADLINE));
        long opened = System.nanoTime();
        openSlow(60);
        RawHttp.Reply real = realLogin();
        assertThat(real.code()).as("a real login from another address: " + real.body()).isEqualTo(200);
        long end = opened + DEADLINE.toNanos() + Duration.ofSeconds(3).toNanos();
        int refused = 0;
        int cut = 0;
        for (Socket s : slow) {
            int outcome = outcome(s, end);
            if (outcome == 429) {
                refused++;
            } else if (outcome == -1) {
                cut++;
            }
        }
        assertThat(refused).as("refused with 429 beyond 16 from one address").isEqualTo(44);
        assertThat(cut).as("the 16 admitted cut at the deadline").isEqualTo(16);
    }
}
