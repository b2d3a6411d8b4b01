package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.model.Role;
import id.penghubung.model.action.Note;
import id.penghubung.store.account.Account;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.crypto.Kdf;
import id.penghubung.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Online and offline sign-in against the real training server. */
class SignInServiceTest {
    @TempDir
    Path data;

    @Test
    void onlineSignInRemembersTheAccountAndOfflineSignInOpensTheSameCache() throws Exception {
        String url;
        UUID queued;
        try (TrainingWorld world = TrainingWorld.start(100, null)) {
            url = world.url();
            // At the production cost: the saved verifier's KDF is part of what this test checks.
            SignInResult result = world.signIn(data, Kdf.DEFAULT).signIn(url, "penghubung", TrainingWorld.PASSWORD.toCharArray());
            assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
            SignInResult.SignedIn online = (SignInResult.SignedIn) result;
            assertThat(online.mode()).isEqualTo(SignInResult.Mode.ONLINE);
            try (Session session = online.session()) {
                Account account = session.account();
                assertThat(account.role()).isEqualTo(Role.OFFICER);
                assertThat(account.agencyId()).isPresent();
                assertThat(account.folder()).isEqualTo(data.resolve("accounts").resolve("127.0.0.1-" + java.net.URI.create(url).getPort() + "_penghubung"));
                assertThat(account.cacheFile()).exists();
                Path file = account.folder().resolve(AccountRegistry.ACCOUNT_FILE);
                String json = Files.readString(file);
                assertThat(json).doesNotContain(TrainingWorld.PASSWORD).contains("Argon2id").contains("\"memoryKiB\" : 65536");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
                session.engine().sync(SyncListener.NONE);
                var complaint = TrainingWorld.openComplaints(session.store(), 1).getFirst();
                queued = session.store().enqueue(complaint.id(), complaint.version(), new Note("ditulis sebelum luring")).actionId();
            }
        }
        // The server is gone: the verifier on this computer decides.
        SignInService service = new SignInService(new AccountRegistry(data), SignInService.ApiFactory.OKHTTP,
                id.penghubung.model.calendar.CalendarHolder.withBundled(), TrainingWorld.QUICK, java.time.Clock.systemUTC());
        SignInResult offline = service.signIn(url, "penghubung", TrainingWorld.PASSWORD.toCharArray());
        assertThat(offline).isInstanceOf(SignInResult.SignedIn.class);
        SignInResult.SignedIn signedIn = (SignInResult.SignedIn) offline;
        assertThat(signedIn.mode()).isEqualTo(SignInResult.Mode.OFFLINE);
        try (Session session = signedIn.session()) {
            assertThat(session.authenticated()).isFalse();
            assertThat(session.store().outboxEntry(queued)).isPresent();
            assertThat(session.reference().current()).isPresent();
            // Syncing offline fails without touching local work.
            assertThatThrownBy(() -> session.engine().sync(SyncListener.NONE)).isInstanceOf(AuthenticationRequired.class);
            assertThat(session.store().outboxEntry(queued)).isPresent();
        }
        assertThat(service.signIn(url, "penghubung", "salah".toCharArray())).isEqualTo(new SignInResult.WrongPassword(true));
        assertThat(service.signIn(url, "orang-lain", TrainingWorld.PASSWORD.toCharArray()))
                .isInstanceOf(SignInResult.Unreachable.class);
    }

    @Test
    void aPasswordBelowTheLocalPolicyCreatesNoKeyAndSaysWhy() {
        try (TrainingWorld world = TrainingWorld.start(20, null)) {
            // The training password (10 characters) meets the standard policy; a stricter agency's refuses it.
            AccountRegistry strict = new AccountRegistry(data, Kdf.pbkdf2(1_000),
                    id.penghubung.store.account.PasswordPolicy.withMinLength(12));
            SignInService service = new SignInService(strict, SignInService.ApiFactory.OKHTTP,
                    id.penghubung.model.calendar.CalendarHolder.withBundled(), SyncEngine.Options.defaults(), java.time.Clock.systemUTC());
            SignInResult result = service.signIn(world.url(), "penghubung", TrainingWorld.PASSWORD.toCharArray());
            assertThat(result).isEqualTo(new SignInResult.WeakPassword("security.password.tooShort", java.util.List.of(12)));
            assertThat(strict.accounts()).isEmpty();
            assertThat(data.resolve("accounts").resolve("127.0.0.1_penghubung").resolve("key.json")).doesNotExist();
            try (Session session = world.session(data, "penghubung")) {
                assertThat(session.store().encrypted()).isTrue();
            }
        }
    }

    @Test
    void wrongPasswordOnlineIsRefusedAndCreatesNoAccount() {
        try (TrainingWorld world = TrainingWorld.start(20, null)) {
            SignInResult result = world.signIn(data).signIn(world.url(), "penghubung", "bukan-ini".toCharArray());
            assertThat(result).isEqualTo(new SignInResult.WrongPassword(false));
            assertThat(new AccountRegistry(data).accounts()).isEmpty();
        }
    }

    @Test
    void wrongPasswordOnlineDoesNotFallBackToAnOldVerifier() {
        try (TrainingWorld world = TrainingWorld.start(20, null)) {
            try (Session ignored = world.session(data, "penghubung")) {
                assertThat(new AccountRegistry(data).accounts()).hasSize(1);
            }
            SignInResult result = world.signIn(data).signIn(world.url(), "penghubung", "bukan-ini".toCharArray());
            assertThat(result).isEqualTo(new SignInResult.WrongPassword(false));
        }
    }

    @Test
    void anExpiredAccessTokenIsRenewedOnceThenThePasswordIsNeeded() {
        // The server's clock, moved by hand: tokens expire without waiting for them.
        MutableClock serverClock = new MutableClock(Instant.now());
        var config = id.penghubung.central.CentralConfig.forTests(30).withClock(serverClock)
                .withTokenLifetimes(Duration.ofMinutes(10), Duration.ofHours(1));
        try (TrainingWorld world = TrainingWorld.start(config); Session session = world.session(data, "penghubung")) {
            session.engine().sync(SyncListener.NONE);
            serverClock.advance(Duration.ofMinutes(11));
            // The access token expired: refreshed behind the scenes, the sync goes through.
            assertThat(session.engine().sync(SyncListener.NONE).requests()).isEqualTo(3);
            serverClock.advance(Duration.ofMinutes(61));
            // Both expired: the officer must type the password again.
            assertThatThrownBy(() -> session.engine().sync(SyncListener.NONE)).isInstanceOf(AuthenticationRequired.class);
            assertThat(session.authenticated()).isFalse();
            assertThat(session.reauthenticate("salah".toCharArray())).isFalse();
            assertThat(session.reauthenticate(TrainingWorld.PASSWORD.toCharArray())).isTrue();
            assertThat(session.engine().sync(SyncListener.NONE).requests()).isEqualTo(1);
        }
    }

    @Test
    void plainHttpToAnotherHostIsRefused() {
        SignInService service = SignInService.standard(data, id.penghubung.model.calendar.CalendarHolder.withBundled());
        assertThatThrownBy(() -> service.signIn("http://lapor.example.go.id", "penghubung", "x".toCharArray()))
                .isInstanceOf(InsecureServerException.class);
    }
}
