package id.penghubung.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deliberately misbehaving central server on 127.0.0.1 for tests: it signs anyone in and answers
 * the other paths with whatever a test installs. Counts the body bytes it managed to write
 * (before the client hung up), so a test can prove the client stopped early.
 */
final class HostileServer implements AutoCloseable {
    static final String LOGIN = """
            {"accessToken":"a","refreshToken":"r","expiresIn":900,
             "user":{"id":"u-1","name":"Rina","role":"OFFICER","agencyId":"pemkot-bandung","regionId":null}}""";

    /** Writes a response; may throw when the client hangs up (that is the point). */
    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange, CountingOut out) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    final AtomicLong written = new AtomicLong();

    HostileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        on("/api/v1/auth/login", (exchange, out) -> json(exchange, 200, LOGIN));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    HostileServer on(String path, Answer answer) {
        try {
            server.removeContext(path);
        } catch (IllegalArgumentException none) {
            // No answer on this path yet.
        }
        server.createContext(path, exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                answer.answer(exchange, new CountingOut(exchange.getResponseBody(), written));
            } catch (IOException hungUp) {
                // The client stopped reading: expected for every hostile answer.
            }
        });
        return this;
    }

    static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Starts a chunked (length unknown) JSON answer. */
    static void streaming(HttpExchange exchange, String contentEncoding) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (contentEncoding != null) {
            exchange.getResponseHeaders().set("Content-Encoding", contentEncoding);
        }
        exchange.sendResponseHeaders(200, 0);
    }

    /** Counts what reaches the socket (after compression, if any). */
    static final class CountingOut extends OutputStream {
        private final OutputStream out;
        private final AtomicLong count;

        CountingOut(OutputStream out, AtomicLong count) {
            this.out = out;
            this.count = count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count.addAndGet(len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
