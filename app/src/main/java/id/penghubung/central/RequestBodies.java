package id.penghubung.central;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A request body read in full before the request is served (see {@link RequestGate}): JSON kept in
 * memory within its limit, an upload spooled to a file within the attachment limit. The body is
 * kept as an attribute of the exchange.
 */
final class RequestBodies {
    private static final String BYTES = "penghubung.body.bytes";
    private static final String FILE = "penghubung.body.file";

    private RequestBodies() {
    }

    /** Reads a JSON body (413 above max, whatever Content-Length claims). */
    static void readJson(HttpExchange exchange, int max) throws IOException {
        exchange.setAttribute(BYTES, Exchanges.readBody(exchange, max));
    }

    /** The JSON body read before, or read now; 413 above max. */
    static byte[] json(HttpExchange exchange, int max) throws IOException {
        Object read = exchange.getAttribute(BYTES);
        if (!(read instanceof byte[] bytes)) {
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
        exchange.setAttribute(FILE, temp);
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
        Object file = exchange.getAttribute(FILE);
        if (!(file instanceof Path path)) {
            throw new IllegalStateException("no spooled body");
        }
        return path;
    }

    static void discard(HttpExchange exchange) {
        if (exchange.getAttribute(FILE) instanceof Path path) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LoggerHolder.LOG.debug("could not delete {}", path, e);
            }
        }
    }

    private static final class LoggerHolder {
        static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RequestBodies.class);
    }
}
