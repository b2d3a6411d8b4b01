package id.penghubung.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with full jitter (AWS architecture blog, 2015): the n-th wait is uniform in
 * [0, min(cap, base·2ⁿ)], so many offices coming back online at once do not retry in lock-step.
 * A server's {@code Retry-After} wins over the computed wait when it is longer, up to
 * {@link #MAX_RETRY_AFTER}: a server cannot park a sync for hours.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {
    /** The longest wait a server's {@code Retry-After} obtains (seconds or date form alike). */
    public static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts");
        }
    }

    /** For the sync: 0.2 s doubling up to 30 s, 12 attempts per request (a few minutes of patience). */
    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30), 12);
    }

    /** The wait before retry number {@code attempt} (1 = first retry). */
    public Duration delay(int attempt, Optional<Duration> retryAfter, RandomGenerator random) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(20, Math.max(0, attempt - 1)));
        long jittered = ceiling <= 0 ? 0 : random.nextLong(ceiling + 1);
        long asked = retryAfter.map(r -> r.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : r).map(Duration::toMillis).orElse(0L);
        long wait = Math.max(jittered, Math.max(0, asked));
        return Duration.ofMillis(Math.min(wait, Math.max(cap.toMillis(), asked)));
    }
}
