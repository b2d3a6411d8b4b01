package id.penghubung.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one request until it succeeds, fails for good, runs out of attempts, or the sync is cancelled. */
final class Retrier {
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    /** A call that ran into its whole-call deadline is tried this often at most. */
    static final int MAX_ATTEMPTS_AFTER_DEADLINE = 2;

    private final Backoff backoff;
    private final RandomGenerator random;
    private final BooleanSupplier cancelled;
    private final Sleeper sleeper;

    /** Waits; a test can make time pass instantly. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    Retrier(Backoff backoff, RandomGenerator random, BooleanSupplier cancelled, Sleeper sleeper) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.random = random;
        this.cancelled = cancelled;
        this.sleeper = sleeper;
    }

    <T> T call(String what, Supplier<T> request) {
        for (int attempt = 1; ; attempt++) {
            checkCancelled();
            try {
                return request.get();
            } catch (CentralException e) {
                if (!e.retryable() || attempt >= backoff.maxAttempts()) {
                    throw e;
                }
                if (e instanceof TransportException t && t.deadlineExceeded() && attempt >= MAX_ATTEMPTS_AFTER_DEADLINE) {
                    // A server that drips its answer is not overloaded: waiting out the deadline again and again only holds the sync.
                    throw e;
                }
                Duration wait = backoff.delay(attempt, e.retryAfter(), random);
                LOG.info("{} failed (attempt {}): {}; retrying in {} ms", what, attempt, e.getMessage(), wait.toMillis());
                pause(wait);
            }
        }
    }

    void run(String what, Runnable request) {
        call(what, () -> {
            request.run();
            return null;
        });
    }

    void checkCancelled() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new SyncCancelledException();
        }
    }

    private void pause(Duration wait) {
        try {
            // Sleep in slices so a cancel is honoured within a tenth of a second.
            long end = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < end) {
                checkCancelled();
                sleeper.sleep(Duration.ofNanos(Math.min(100_000_000L, end - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncCancelledException();
        }
    }
}
