package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A server cannot park the sync: Retry-After is honoured up to a cap, a call that ran into its deadline is tried once more only. */
class RetryBoundsTest {
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void retryAfterIsHonouredUpToTwoMinutesInBothForms() {
        assertThat(OkHttpCentralApi.parseRetryAfter("90", now)).contains(Duration.ofSeconds(90));
        assertThat(OkHttpCentralApi.parseRetryAfter("86400", now)).contains(Duration.ofMinutes(2));
        assertThat(OkHttpCentralApi.parseRetryAfter("99999999999999999999", now)).contains(Duration.ofMinutes(2));
        assertThat(OkHttpCentralApi.parseRetryAfter("Sun, 22 Nov 2026 10:01:00 GMT", now)).contains(Duration.ofMinutes(1));
        assertThat(OkHttpCentralApi.parseRetryAfter("Tue, 22 Nov 2050 10:00:00 GMT", now)).contains(Duration.ofMinutes(2));
        assertThat(OkHttpCentralApi.parseRetryAfter("Sun, 22 Nov 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(OkHttpCentralApi.parseRetryAfter("-5", now)).isEmpty();
    }

    @Test
    void theBackoffNeverWaitsLongerThanTheCapWhateverTheServerAsks() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 10);
        SplittableRandom random = new SplittableRandom(3);
        assertThat(b.delay(1, Optional.of(Duration.ofDays(365)), random)).isEqualTo(Backoff.MAX_RETRY_AFTER);
        assertThat(b.delay(1, Optional.of(Duration.ofSeconds(Long.MAX_VALUE)), random)).isEqualTo(Backoff.MAX_RETRY_AFTER);
        assertThat(b.delay(1, Optional.of(Duration.ofSeconds(30)), random)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aCallThatRanIntoItsDeadlineIsTriedOnceMoreOnly() {
        Retrier retrier = new Retrier(new Backoff(Duration.ZERO, Duration.ZERO, 12), new SplittableRandom(1), () -> false, d -> { });
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retrier.run("changes", () -> {
            attempts.incrementAndGet();
            throw new TransportException("slow", null, true);
        })).isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.deadlineExceeded()).isTrue());
        assertThat(attempts).hasValue(2);

        AtomicInteger dropped = new AtomicInteger();
        assertThatThrownBy(() -> retrier.run("changes", () -> {
            dropped.incrementAndGet();
            throw new TransportException("reset", null);
        })).isInstanceOf(TransportException.class);
        assertThat(dropped).hasValue(12);
    }

    @Test
    void anAnswerRefusedIsNotRetried() {
        Retrier retrier = new Retrier(new Backoff(Duration.ZERO, Duration.ZERO, 12), new SplittableRandom(1), () -> false, d -> { });
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retrier.run("changes", () -> {
            attempts.incrementAndGet();
            throw new AnswerRefusedException(AnswerRefusedException.Reason.TOO_LARGE, "big");
        })).isInstanceOf(AnswerRefusedException.class);
        assertThat(attempts).hasValue(1);
        assertThat(new ApiException("X", 429, "m", Map.of(), Duration.ofDays(2)).retryAfter()).contains(Duration.ofDays(2));
    }
}
