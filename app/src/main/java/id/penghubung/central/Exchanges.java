package id.penghubung.central;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.sun.net.httpserver.HttpExchange;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.ErrorBody;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Reading requests and writing JSON responses on the JDK HTTP server. */
final class Exchanges {
    /** JSON request bodies above this are refused with 413 (attachments have their own limit). */
    static final int MAX_JSON_BODY = 2 * 1024 * 1024;
    private static final int GZIP_THRESHOLD = 1024;
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private Exchanges() {
    }

    /** Reads a JSON body strictly into the type; 400 with a precise code on anything off. */
    static <T> T readJson(HttpExchange exchange, Class<T> type) throws IOException {
        return readJson(exchange, type, MAX_JSON_BODY);
    }

    /** As {@link #readJson(HttpExchange, Class)} with a smaller body limit (413 above it). */
    static <T> T readJson(HttpExchange exchange, Class<T> type, int maxBytes) throws IOException {
        byte[] body = RequestBodies.json(exchange, maxBytes);
        if (body.length == 0) {
            throw new RequestException(400, ErrorCodes.MALFORMED_JSON, "Request body is empty");
        }
        JsonNode tree;
        try {
            // Syntax first (MALFORMED_JSON), then shape and types (VALIDATION_FAILED / UNKNOWN_FIELD).
            tree = Json.strict().readTree(body);
        } catch (JsonProcessingException e) {
            throw new RequestException(400, ErrorCodes.MALFORMED_JSON, "Request body is not valid JSON");
        }
        JsonStrings.requireWellFormed(tree);
        try {
            T value = Json.strict().treeToValue(tree, type);
            if (value == null) {
                throw new RequestException(400, ErrorCodes.MALFORMED_JSON, "Request body is null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw new RequestException(400, new ApiError(ErrorCodes.UNKNOWN_FIELD, "Unknown field: " + field,
                    Map.of(field, "unknown field")), Map.of());
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw new RequestException(400, new ApiError(ErrorCodes.VALIDATION_FAILED, "Wrong type or shape at " + field,
                    Map.of(field.isEmpty() ? "body" : field, "wrong type")), Map.of());
        } catch (JsonMappingException e) {
            String field = path(e);
            throw new RequestException(400, new ApiError(ErrorCodes.VALIDATION_FAILED, "Invalid value at " + field,
                    Map.of(field.isEmpty() ? "body" : field, "invalid value")), Map.of());
        } catch (JsonProcessingException e) {
            throw new RequestException(400, ErrorCodes.MALFORMED_JSON, "Request body is not valid JSON");
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The whole body, refusing (413) more than max bytes whatever Content-Length claims. */
    static byte[] readBody(HttpExchange exchange, long max) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > max) {
                    drain(exchange.getRequestBody());
                    throw tooLarge(max);
                }
            } catch (NumberFormatException e) {
                throw new RequestException(400, ErrorCodes.MALFORMED_JSON, "Bad Content-Length");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    drain(in);
                    throw tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    /** 413, and the connection is not reused: the rest of a huge body may still be on the wire. */
    static RequestException tooLarge(long max) {
        return new RequestException(413, new ApiError(ErrorCodes.PAYLOAD_TOO_LARGE, "Body larger than " + max + " bytes", Map.of()),
                Map.of("Connection", "close"));
    }

    /** Reads and discards a bounded amount of an oversized body, so the client finishes sending and hears the 413. */
    static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
            total += n;
        }
    }

    /** The serialized body of a response, gzipped when the client accepts it and it is worth it. */
    record Body(byte[] bytes, boolean gzipped) {
    }

    static Body jsonBody(HttpExchange exchange, Object value) throws IOException {
        byte[] raw = value instanceof ChangesFeed.RawJson json ? json.bytes() : Json.lenient().writeValueAsBytes(value);
        if (raw.length >= GZIP_THRESHOLD && acceptsGzip(exchange)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 6 + 64);
            try (GZIPOutputStream gz = new FastGzip(out)) {
                gz.write(raw);
            }
            return new Body(out.toByteArray(), true);
        }
        return new Body(raw, false);
    }

    static boolean acceptsGzip(HttpExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip");
    }

    /**
     * Sends a prepared body. With truncate, only half of it goes out and the connection is then
     * broken by throwing (the JDK server closes a connection whose handler failed mid-response).
     */
    static void send(HttpExchange exchange, int status, Body body, boolean truncate) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (body.gzipped()) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.getResponseHeaders().add("Vary", "Accept-Encoding");
        byte[] bytes = body.bytes();
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length == 0) {
            exchange.close();
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (truncate) {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            throw new TruncatedResponse();
        }
        out.write(bytes);
        out.close();
    }

    static void sendError(HttpExchange exchange, RequestException e) throws IOException {
        e.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] raw = Json.lenient().writeValueAsBytes(new ErrorBody(e.error()));
        send(exchange, e.status(), new Body(raw, false), false);
    }

    /** gzip at the fastest level: on loopback and office links, speed matters more than the last bytes. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /** Thrown on purpose to cut a response short (fault injection). */
    static final class TruncatedResponse extends IOException {
        TruncatedResponse() {
            super("response truncated by fault injection", null);
        }
    }
}
