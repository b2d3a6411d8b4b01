package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The failure table itself: bounded and expiring, with the test clock. */
class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));

    @Test
    void theTableKeepsAtMostItsBoundWhateverTheFlood() {
        LoginThrottle throttle = new LoginThrottle(ServerLimits.defaults().withMaxLoginFailureKeys(100), clock);
        for (int i = 0; i < 10_000; i++) {
            throttle.failed("user" + i, "10.0." + (i / 250) + "." + (i % 250));
            assertThat(throttle.size()).isLessThanOrEqualTo(100);
        }
        assertThat(throttle.size()).isEqualTo(100);
    }

    @Test
    void keysWithoutFailuresForTheMemoryTimeAreForgotten() {
        LoginThrottle throttle = new LoginThrottle(ServerLimits.defaults(), clock);
        for (int i = 0; i < 8; i++) {
            throttle.failed("penghubung", "127.0.0.2");
        }
        assertThat(throttle.retryAfterSeconds("penghubung", "127.0.0.2")).isPositive();
        assertThat(throttle.size()).isEqualTo(2);
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.retryAfterSeconds("penghubung", "127.0.0.2")).isZero();
        throttle.failed("lain", "127.0.0.3");
        assertThat(throttle.size()).as("the stale keys went at the next failure").isEqualTo(2);
    }

    @Test
    void theBlockIsCappedAndNeverOverflows() {
        LoginThrottle throttle = new LoginThrottle(ServerLimits.defaults(), clock);
        for (int i = 0; i < 200; i++) {
            throttle.failed("penghubung", "127.0.0.2");
        }
        assertThat(throttle.retryAfterSeconds("penghubung", "127.0.0.2")).isEqualTo(15 * 60);
    }
}
