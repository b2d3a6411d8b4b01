package id.penghubung.central;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request body read in full before the request is served (see {@link RequestGate}): JSON kept in
 * memory within its limit, an upload spooled to a file within the attachment limit. Kept here by
 * exchange until {@link #discard}: the JDK's exchange attributes are shared by every exchange of a
 * context, so they cannot hold a request's body.
 */
final class RequestBodies {
    private static final ConcurrentHashMap<HttpExchange, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<HttpExchange, Path> FILES = new ConcurrentHashMap<>();

    private RequestBodies() {
    }

    /** Reads a JSON body (413 above max, whatever Content-Length claims). */
    static void readJson(HttpExchange exchange, int max) throws IOException {
        BYTES.put(exchange, Exchanges.readBody(exchange, max));
    }

    /** The JSON body read before, or read now; 413 above max. */
    static byte[] json(HttpExchange exchange, int max) throws IOException {
        byte[] bytes = BYTES.get(exchange);
        if (bytes == null) {
            return Exchanges.readBody(exchange, max);
        }
        if (bytes.length > max) {
            throw Exchanges.tooLarge(max);
        }
        return bytes;
    }

    /** Spools an upload into a temporary file in dir (413 above max); {@link #discard} deletes it. */
    static void spool(HttpExchange exchange, Path dir, long max) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && AttachmentService.parseLength(declared) > max) {
            Exchanges.drain(exchange.getRequestBody());
            throw Exchanges.tooLarge(max);
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "upload-", ".part");
        FILES.put(exchange, temp);
        try (InputStream in = exchange.getRequestBody(); OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > max) {
                    Exchanges.drain(in);
                    throw Exchanges.tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The spooled upload. */
    static Path file(HttpExchange exchange) {
        Path path = FILES.get(exchange);
        if (path == null) {
            throw new IllegalStateException("no spooled body");
        }
        return path;
    }

    /** Forgets the exchange's body and deletes its spooled file. */
    static void discard(HttpExchange exchange) {
        BYTES.remove(exchange);
        Path path = FILES.remove(exchange);
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LoggerHolder.LOG.debug("could not delete {}", path, e);
            }
        }
    }

    private static final class LoggerHolder {
        static final Logger LOG = LoggerFactory.getLogger(RequestBodies.class);
    }
}
