package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OkHttpCentralApiTest {
    @Test
    void plainHttpOnlyToLoopback() {
        assertThat(OkHttpCentralApi.checkedServer("http://127.0.0.1:8080/").toString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(OkHttpCentralApi.checkedServer("http://127.3.4.5:1").getHost()).isEqualTo("127.3.4.5");
        assertThat(OkHttpCentralApi.checkedServer("http://localhost:9").getHost()).isEqualTo("localhost");
        assertThat(OkHttpCentralApi.checkedServer("http://[::1]:9").getHost()).isEqualTo("[::1]");
        assertThat(OkHttpCentralApi.checkedServer("https://lapor.go.id").getHost()).isEqualTo("lapor.go.id");
        assertThatThrownBy(() -> OkHttpCentralApi.checkedServer("http://lapor.go.id")).isInstanceOf(InsecureServerException.class);
        assertThatThrownBy(() -> OkHttpCentralApi.checkedServer("http://10.0.0.1")).isInstanceOf(InsecureServerException.class);
        // A name that merely starts like loopback is not loopback.
        assertThatThrownBy(() -> OkHttpCentralApi.checkedServer("http://127.0.0.1.evil.example")).isInstanceOf(InsecureServerException.class);
        assertThatThrownBy(() -> OkHttpCentralApi.checkedServer("ftp://127.0.0.1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterInSecondsOrAsADate() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        assertThat(OkHttpCentralApi.parseRetryAfter("3", now)).contains(Duration.ofSeconds(3));
        assertThat(OkHttpCentralApi.parseRetryAfter("Sun, 22 Nov 2026 10:00:05 GMT", now)).contains(Duration.ofSeconds(5));
        assertThat(OkHttpCentralApi.parseRetryAfter("soon", now)).isEmpty();
        assertThat(OkHttpCentralApi.parseRetryAfter(null, now)).isEmpty();
    }

    @Test
    void backoffGrowsIsJitteredCappedAndHonoursRetryAfter() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 10);
        SplittableRandom random = new SplittableRandom(7);
        for (int attempt = 1; attempt <= 10; attempt++) {
            long ceiling = Math.min(2000, 100L << (attempt - 1));
            assertThat(b.delay(attempt, Optional.empty(), random).toMillis()).isBetween(0L, ceiling);
        }
        assertThat(b.delay(1, Optional.of(Duration.ofSeconds(1)), random)).isEqualTo(Duration.ofSeconds(1));
        assertThat(b.delay(1, Optional.of(Duration.ofSeconds(5)), random)).isEqualTo(Duration.ofSeconds(5));
    }
}
