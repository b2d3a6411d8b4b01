package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.calendar.CalendarHolder;
import id.penghubung.store.account.AccountRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sign-in answer past its bound is a server error for the officer, never an exception out of the sign-in. */
class HostileSignInTest {
    @TempDir
    Path data;

    @Test
    void anOversizedSignInAnswerIsAServerErrorAndCreatesNoAccount() throws Exception {
        try (HostileServer server = new HostileServer()) {
            server.on("/api/v1/auth/login", (exchange, out) -> {
                HostileServer.streaming(exchange, null);
                byte[] spaces = new byte[64 * 1024];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 4096; i++) {
                    out.write(spaces);
                }
                out.write(HostileServer.LOGIN.getBytes(StandardCharsets.UTF_8));
            });
            SignInService service = new SignInService(new AccountRegistry(data), SignInService.ApiFactory.OKHTTP,
                    CalendarHolder.withBundled(), SyncEngine.Options.defaults(), Clock.systemUTC());

            SignInResult result = service.signIn(server.url(), "rina", "x".toCharArray());

            assertThat(result).isInstanceOfSatisfying(SignInResult.ServerError.class, e -> {
                assertThat(e.code()).isEqualTo(SignInService.ANSWER_REFUSED);
                assertThat(e.message()).contains("65536 bytes");
            });
            assertThat(new AccountRegistry(data).accounts()).isEmpty();
        }
    }
}
