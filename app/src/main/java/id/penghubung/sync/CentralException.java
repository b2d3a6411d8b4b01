package id.penghubung.sync;

import java.time.Duration;
import java.util.Optional;

/** A failed exchange with the central server. {@link #retryable()} tells the sync whether trying again may help. */
public abstract sealed class CentralException extends RuntimeException
        permits ApiException, TransportException, AuthenticationRequired, AnswerRefusedException {

    protected CentralException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when the same request may succeed later (network trouble, server overload). */
    public abstract boolean retryable();

    /** How long the server asked us to wait ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
