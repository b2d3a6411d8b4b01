package id.penghubung.sync;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server answered with the contract's error shape {@code {"error":{"code","message"}}}:
 * a stable code, the HTTP status, the server's message and, for invalid input, per-field messages.
 */
public final class ApiException extends CentralException {
    private final String code;
    private final int status;
    private final Map<String, String> fields;
    private final Duration retryAfter;

    public ApiException(String code, int status, String message, Map<String, String> fields, Duration retryAfter) {
        super(status + " " + code + ": " + message, null);
        this.code = Objects.requireNonNull(code, "code");
        this.status = status;
        this.fields = Map.copyOf(fields);
        this.retryAfter = retryAfter;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public Map<String, String> fields() {
        return fields;
    }

    /** 429 and 5xx: the server is overloaded or failed midway; the same request may well succeed later. */
    @Override
    public boolean retryable() {
        return status == 429 || status >= 500;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
