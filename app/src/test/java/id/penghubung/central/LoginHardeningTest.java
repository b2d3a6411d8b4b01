package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed logins over real HTTP: lengths capped first, back-off per username and address, no lock-out from elsewhere. */
class LoginHardeningTest {
    private static final String LOGIN = id.penghubung.protocol.Endpoints.LOGIN;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    private CentralServer server;

    @BeforeEach
    void start() throws Exception {
        server = CentralServer.start(CentralConfig.forTests(5).withClock(clock));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RawHttp.Reply login(int from, String user, String password) {
        return RawHttp.postJson(from, server.port(), LOGIN, "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void tooLongUsernameOrPasswordIsRefusedAs400AndAHugeBodyAs413() {
        RawHttp.Reply longUser = login(1, "u".repeat(65), "x");
        assertThat(longUser.code()).isEqualTo(400);
        assertThat(longUser.body()).contains("VALIDATION_FAILED").contains("\"username\"");
        RawHttp.Reply longPassword = login(1, "penghubung", "p".repeat(257));
        assertThat(longPassword.code()).isEqualTo(400);
        assertThat(longPassword.body()).contains("\"password\"");
        RawHttp.Reply huge = login(1, "u".repeat(1_900_000), "x");
        assertThat(huge.code()).isEqualTo(413);
        assertThat(huge.body()).contains("PAYLOAD_TOO_LARGE");
        assertThat(login(1, "penghubung", CentralServer.TRAINING_PASSWORD).code()).isEqualTo(200);
    }

    @Test
    void backOffDoublesAndRefusedAttemptsDoNotLengthenIt() {
        for (int i = 0; i < 5; i++) {
            assertThat(login(1, "penghubung", "salah").code()).isEqualTo(401);
        }
        assertThat(login(1, "penghubung", "salah").code()).as("6th failure, starts a 1 s block").isEqualTo(401);
        RawHttp.Reply blocked = login(1, "penghubung", CentralServer.TRAINING_PASSWORD);
        assertThat(blocked.code()).isEqualTo(429);
        assertThat(blocked.headers()).containsEntry("retry-after", "1");
        assertThat(blocked.body()).contains("RATE_LIMITED");
        clock.advance(Duration.ofSeconds(1));
        assertThat(login(1, "penghubung", "salah").code()).as("7th failure, a 2 s block").isEqualTo(401);
        for (int i = 0; i < 20; i++) {
            assertThat(login(1, "penghubung", "salah").headers()).containsEntry("retry-after", "2");
        }
        clock.advance(Duration.ofSeconds(2));
        assertThat(login(1, "penghubung", CentralServer.TRAINING_PASSWORD).code())
                .as("refused attempts did not renew the block").isEqualTo(200);
        assertThat(login(1, "penghubung", "salah").code()).as("a success cleared the username's count").isEqualTo(401);
    }

    @Test
    void anAttackerElsewhereCannotLockTheUserOut() {
        for (int i = 0; i < 40; i++) {
            assertThat(login(2, "penghubung", "salah").code()).isIn(401, 429);
        }
        assertThat(login(2, "penghubung", "salah").code()).isEqualTo(429);
        assertThat(login(1, "penghubung", CentralServer.TRAINING_PASSWORD).code()).isEqualTo(200);
    }

    @Test
    void oneAddressGuessingManyUsernamesIsSlowedToo() {
        for (int i = 0; i < 21; i++) {
            assertThat(login(3, "pengguna" + i, "salah").code()).isEqualTo(401);
        }
        RawHttp.Reply blocked = login(3, "penghubung", CentralServer.TRAINING_PASSWORD);
        assertThat(blocked.code()).isEqualTo(429);
        assertThat(blocked.headers()).containsKey("retry-after");
        clock.advance(Duration.ofMinutes(1));
        assertThat(login(3, "penghubung", CentralServer.TRAINING_PASSWORD).code()).isEqualTo(200);
    }
}
