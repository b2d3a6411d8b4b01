package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The central command as a real process at -Xmx128m: 70 logins with distinct 1.9 MB usernames
 * (before the fix: 14 connections dropped and a 500 as the heap filled), a few dripping bodies, then SIGTERM ({@link Process#destroy()}): it must exit within 5 s, no
 * OutOfMemoryError on the way.
 */
class ServerStopUnderAttackTest {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path temp;

    @Test
    void hugeUsernamesThenSigtermEndsTheProcessWithinFiveSeconds() throws Exception {
        Path log = temp.resolve("central.out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The quick compiler only, as the test JVMs (decision 0012): the child lives seconds. Its collector stays the default.
        Process server = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "id.penghubung.cli.Launcher", "central", "--port", "0", "--complaints", "20")
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        List<Socket> slow = new ArrayList<>();
        try {
            int port = awaitPort(server, log);
            List<Future<Integer>> codes = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(7)) {
                for (int i = 0; i < 70; i++) {
                    String username = i + "u".repeat(1_900_000);
                    codes.add(pool.submit(() -> postLogin(port, ("{\"username\":\"" + username + "\",\"password\":\"salah\"}")
                            .getBytes(StandardCharsets.UTF_8))));
                }
                for (Future<Integer> code : codes) {
                    assertThat(code.get(60, TimeUnit.SECONDS)).as("each huge username is refused, none dropped").isEqualTo(413);
                }
            }
            for (int i = 0; i < 20; i++) {
                Socket s = RawHttp.connect(2, port, 1_000);
                s.getOutputStream().write(RawHttp.head("POST", "/api/v1/actions", 500).getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().write('{');
                slow.add(s);
            }
            assertThat(server.isAlive()).isTrue();
            long sent = System.nanoTime();
            server.destroy();
            boolean exited = server.waitFor(5, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - sent) / 1_000_000;
            String output = Files.readString(log);
            assertThat(exited).as("exited within 5 s of SIGTERM; output:\n" + output).isTrue();
            assertThat(output).doesNotContain("OutOfMemoryError");
            System.out.println("central stopped " + millis + " ms after SIGTERM, exit code " + server.exitValue());
        } finally {
            for (Socket s : slow) {
                s.close();
            }
            server.destroyForcibly();
        }
    }

    /** The status of one login with the given body on its own connection; -1 when the server closed it first. */
    private static int postLogin(int port, byte[] body) {
        try (Socket socket = RawHttp.connect(1, port, 30_000)) {
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.head("POST", "/api/v1/auth/login", body.length).getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return RawHttp.read(socket.getInputStream()).code();
        } catch (IOException e) {
            return -1;
        }
    }

    private static int awaitPort(Process server, Path log) throws Exception {
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < end && server.isAlive()) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        Matcher m = LISTENING.matcher(line);
                        if (m.find()) {
                            return Integer.parseInt(m.group(1));
                        }
                    }
                    Thread.sleep(100);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
            return -1;
        });
        int found = port.get(70, TimeUnit.SECONDS);
        assertThat(found).as("the server printed its address").isPositive();
        return found;
    }
}
