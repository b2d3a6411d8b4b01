package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.action.Note;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maximum offline period (30 days): an offline sign-in on day 29 opens the cache and warns; on
 * day 31 it is refused until an online sign-in, which sends the work queued meanwhile. Editing
 * {@code account.json}, deleting the sealed record or turning the PC clock back does not extend it.
 */
class OfflinePeriodTest {
    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path data;

    /** The officer's PC clock, moved by the test. */
    private final MutableClock clock = new MutableClock(T0);
    private boolean reachable = true;

    private SignInService service() {
        // Offline: the same account's server address, but nothing answers (a closed loopback port).
        SignInService.ApiFactory api = (url, connectivity) -> OkHttpCentralApi.builder(reachable ? url : "http://127.0.0.1:9")
                .reachability(connectivity::record).build();
        // Verifiers and key files at the test cost, as the other training-world sign-ins (decision 0012): the offline
        // period is what this test is about, not the KDF (SignInServiceTest and DataProtectionTest keep the real one).
        return new SignInService(new AccountRegistry(data, TrainingWorld.TEST_KDF), api, id.penghubung.model.calendar.CalendarHolder.withBundled(),
                TrainingWorld.QUICK, clock);
    }

    private SignInResult signIn(String url) {
        return service().signIn(url, "penghubung", TrainingWorld.PASSWORD.toCharArray());
    }

    @Test
    void dayTwentyNineWarnsDayThirtyOneNeedsAnOnlineSignInWhichSendsTheQueuedWork() throws Exception {
        try (TrainingWorld world = TrainingWorld.start(40, null)) {
            String url = world.url();
            UUID queued;
            Path folder;
            try (Session online = ((SignInResult.SignedIn) signIn(url)).session()) {
                assertThat(online.offlineAllowance().until()).isEqualTo(T0.plus(Duration.ofDays(30)));
                online.engine().sync(SyncListener.NONE);
                folder = online.account().folder();
            }

            reachable = false;
            clock.set(T0.plus(Duration.ofDays(29)));
            SignInResult day29 = signIn(url);
            assertThat(day29).isInstanceOf(SignInResult.SignedIn.class);
            try (Session offline = ((SignInResult.SignedIn) day29).session()) {
                assertThat(((SignInResult.SignedIn) day29).mode()).isEqualTo(SignInResult.Mode.OFFLINE);
                OfflinePolicy.Allowance allowance = offline.offlineAllowance();
                assertThat(allowance.until()).isEqualTo(T0.plus(Duration.ofDays(30)));
                assertThat(allowance.warn(clock.instant())).as("a week before, the desk warns").isTrue();
                var complaint = TrainingWorld.openComplaints(offline.store(), 1).getFirst();
                queued = offline.store().enqueue(complaint.id(), complaint.version(), new Note("ditulis luring hari ke-29"))
                        .actionId();
            }

            clock.set(T0.plus(Duration.ofDays(31)));
            SignInResult day31 = signIn(url);
            assertThat(day31).isEqualTo(new SignInResult.OnlineSignInNeeded(url, "penghubung", Optional.of(T0)));

            // Neither an edited account.json nor a deleted seal opens it again.
            Path accountJson = folder.resolve(AccountRegistry.ACCOUNT_FILE);
            Files.writeString(accountJson, Files.readString(accountJson)
                    .replaceAll("\"lastOnlineSignIn\"\\s*:\\s*\"[^\"]+\"", "\"lastOnlineSignIn\" : \"" + clock.instant() + "\""));
            assertThat(signIn(url)).isInstanceOf(SignInResult.OnlineSignInNeeded.class);
            Path seal = folder.resolve(OnlineSignIns.FILE_NAME);
            byte[] sealed = Files.readAllBytes(seal);
            Files.delete(seal);
            assertThat(signIn(url)).isInstanceOf(SignInResult.OnlineSignInNeeded.class);
            Files.write(seal, sealed);
            // Nor does a PC clock turned back to inside the period (the seal remembers day 29 was seen).
            clock.set(T0.plus(Duration.ofDays(10)));
            assertThat(signIn(url)).isInstanceOf(SignInResult.OnlineSignInNeeded.class);

            // Online again (day 31): the cache opens, the work queued offline is intact and goes.
            reachable = true;
            clock.set(T0.plus(Duration.ofDays(31)));
            SignInResult back = signIn(url);
            assertThat(back).isInstanceOf(SignInResult.SignedIn.class);
            try (Session online = ((SignInResult.SignedIn) back).session()) {
                assertThat(((SignInResult.SignedIn) back).mode()).isEqualTo(SignInResult.Mode.ONLINE);
                assertThat(online.store().outboxEntry(queued)).isPresent();
                SyncReport report = online.engine().sync(SyncListener.NONE);
                assertThat(report.applied()).isEqualTo(1);
                assertThat(report.pendingLeft()).isZero();
                assertThat(online.offlineAllowance().until()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
            }

            // And the next 30 days count from that sign-in.
            reachable = false;
            clock.set(T0.plus(Duration.ofDays(32)));
            SignInResult day32 = signIn(url);
            assertThat(day32).isInstanceOf(SignInResult.SignedIn.class);
            try (Session s = ((SignInResult.SignedIn) day32).session()) {
                assertThat(s.offlineAllowance().warn(clock.instant())).isFalse();
            }
        }
    }
}
