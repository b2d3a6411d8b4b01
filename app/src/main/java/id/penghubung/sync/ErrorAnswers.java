package id.penghubung.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps an error status to {@link ApiException}: the contract's {@code {"error":{...}}} read from at
 * most a small, fixed number of bytes, and the {@code Retry-After} header (seconds or HTTP date,
 * capped at {@link #MAX_RETRY_AFTER}).
 */
final class ErrorAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);
    /** However long a server asks us to wait, a sync waits at most this long before its next try. */
    static final Duration MAX_RETRY_AFTER = Backoff.MAX_RETRY_AFTER;

    private ErrorAnswers() {
    }

    static ApiException error(Response response, ObjectMapper json, long maxBytes) {
        int status = response.code();
        Duration retryAfter = parseRetryAfter(response.header("Retry-After"), Instant.now()).orElse(null);
        String code = "HTTP_" + status;
        String message = response.message();
        Map<String, String> fields = new HashMap<>();
        try {
            byte[] bytes = response.body().byteStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
            JsonNode error = json.readTree(bytes).path("error");
            if (error.hasNonNull("code")) {
                code = error.get("code").asText();
                message = error.path("message").asText(message);
                error.path("fields").properties().forEach(e -> fields.put(e.getKey(), e.getValue().asText()));
            }
        } catch (IOException | RuntimeException e) {
            // Not the contract's shape (a proxy's page, a cut or oversized body): the status alone must do.
            LOG.debug("Error body of status {} not readable: {}", status, e.getClass().getSimpleName());
        }
        return new ApiException(code, status, message, fields, retryAfter);
    }

    /** {@code Retry-After} as seconds or as an HTTP date, never more than {@link #MAX_RETRY_AFTER}. */
    static Optional<Duration> parseRetryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        Duration wait;
        if (value.matches("\\d{1,30}")) {
            // Long.parseLong would refuse 20 digits; anything that long is "very long" anyway.
            wait = value.length() > 9 ? MAX_RETRY_AFTER : Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                wait = Duration.between(now, at);
            } catch (DateTimeParseException | ArithmeticException notDate) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }
}
