package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import id.penghubung.model.Complaint;
import id.penghubung.model.Reporter;
import id.penghubung.model.calendar.CalendarHolder;
import id.penghubung.model.Status;
import id.penghubung.model.action.Respond;
import id.penghubung.protocol.LoginResponse;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.store.StoreLockedException;
import id.penghubung.store.account.Account;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.KeyWrap;
import id.penghubung.store.crypto.WrongPasswordException;
import id.penghubung.testing.ByteSearch;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 10 end to end against the real training server: after a real pull the account's files hold
 * no reporter identity, a wrong password or another account's key opens nothing, a password
 * change re-wraps the key, files are owner-only, and the logs of the whole run hold no token,
 * password or identity.
 */
class DataProtectionTest {
    @TempDir
    Path data;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;
    private final List<String> tokens = new ArrayList<>();

    @BeforeEach
    void captureLogs() {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
    }

    /** The real client, with every token the server hands out remembered (to look for it in the logs). */
    private SignInService signIn(AccountRegistry accounts) {
        SignInService.ApiFactory recording = (url, connectivity) -> {
            CentralApi real = SignInService.ApiFactory.OKHTTP.create(url, connectivity);
            return (CentralApi) Proxy.newProxyInstance(CentralApi.class.getClassLoader(), new Class<?>[] {CentralApi.class},
                    (proxy, method, args) -> {
                        try {
                            Object result = method.invoke(real, args);
                            if (result instanceof LoginResponse login) {
                                tokens.add(login.accessToken());
                                tokens.add(login.refreshToken());
                            }
                            return result;
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
        return new SignInService(accounts, recording, CalendarHolder.withBundled(),
                TrainingWorld.QUICK, Clock.systemUTC());
    }

    private static Session signedIn(SignInResult result) {
        assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
        return ((SignInResult.SignedIn) result).session();
    }

    @Test
    void aRealPullLeavesNoIdentityOnDiskNorInTheLogs() throws Exception {
        char[] password = TrainingWorld.PASSWORD.toCharArray();
        AccountRegistry accounts = new AccountRegistry(data);
        Reporter seeded;
        String seededComplaint;
        Account account;
        try (TrainingWorld world = TrainingWorld.start(300, null);
                Session session = signedIn(signIn(accounts).signIn(world.url(), "penghubung", password))) {
            account = session.account();
            session.engine().sync(SyncListener.NONE);
            Complaint named = withFullIdentity(session.store());
            seeded = named.reporter().orElseThrow();
            seededComplaint = named.id();
            // Some local work and attachments, so drafts, the outbox and attachment files exist too.
            session.store().saveDraft(named.id(), id.penghubung.model.ActionType.RESPOND,
                    "Yth. " + seeded.name() + ", NIK " + seeded.nik().orElseThrow());
            Path source = Files.writeString(data.resolveSibling(data.getFileName() + "-ktp.txt"),
                    "Fotokopi KTP " + seeded.name() + " " + seeded.nik().orElseThrow() + " " + seeded.phone().orElseThrow());
            String sha = session.attachments().importFile(source, "text/plain");
            Files.delete(source);
            Complaint target = TrainingWorld.openComplaints(session.store(), 50).stream()
                    .filter(c -> c.status() == Status.PROSES || c.status() == Status.BELUM_DITINDAKLANJUTI)
                    .findFirst().orElseThrow();
            session.store().enqueue(target.id(), target.version(), new Respond("Tanggapan dengan lampiran.", List.of(sha)));
            session.engine().sync(SyncListener.NONE);
            downloadSome(session, 3);

            // While the session is open (WAL not checkpointed) and after it closed.
            assertNoIdentityIn(account.folder(), seeded);
            assertThat(session.store().complaint(seededComplaint).orElseThrow().reporter()).contains(seeded);
            assertThat(session.attachments().readAll(sha)).asString(StandardCharsets.UTF_8).contains(seeded.name());

            // The UI lock: identities, drafts and attachments are out of reach until the password is typed again.
            session.lock();
            assertThat(session.locked()).isTrue();
            assertThatThrownBy(() -> session.store().complaint(seededComplaint)).isInstanceOf(StoreLockedException.class);
            assertThatThrownBy(() -> session.attachments().readAll(sha)).isInstanceOf(IOException.class);
            assertThat(session.store().count(InboxQuery.of(InboxView.ALL, Instant.now(), Instant.now()))).isPositive();
            assertThat(session.unlock("salah".toCharArray())).isFalse();
            assertThat(session.locked()).isTrue();
            assertThat(session.unlock(password)).isTrue();
            assertThat(session.store().complaint(seededComplaint).orElseThrow().reporter()).contains(seeded);
            assertThat(session.attachments().readAll(sha)).asString(StandardCharsets.UTF_8).contains(seeded.name());

            // A wrong password at sign-in (online: the server refuses it; the cache stays closed).
            assertThat(signIn(accounts).signIn(world.url(), "penghubung", "salah".toCharArray()))
                    .isInstanceOf(SignInResult.WrongPassword.class);
        }
        assertNoIdentityIn(account.folder(), seeded);
        assertOwnerOnly(account.folder());

        List<String> secrets = new ArrayList<>(tokens);
        secrets.addAll(List.of(TrainingWorld.PASSWORD, seeded.name(), seeded.phone().orElseThrow(), seeded.nik().orElseThrow()));
        assertThat(tokens).hasSizeGreaterThanOrEqualTo(2);
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            String text = render(event);
            for (String secret : secrets) {
                assertThat(text).as("log line: %s", event.getLoggerName()).doesNotContain(secret);
            }
        }
    }

    @Test
    void aWrongPasswordOrAnotherAccountsKeyCannotOpenTheCacheAndAPasswordChangeRewraps() throws Exception {
        AccountRegistry accounts = new AccountRegistry(data);
        char[] password = TrainingWorld.PASSWORD.toCharArray();
        Account officer;
        Account ombudsman;
        String named;
        try (TrainingWorld world = TrainingWorld.start(120, null)) {
            try (Session session = signedIn(signIn(accounts).signIn(world.url(), "penghubung", password))) {
                officer = session.account();
                session.engine().sync(SyncListener.NONE);
                named = withFullIdentity(session.store()).id();
            }
            // Two officers on one shared OS account: separate folders, separate keys.
            try (Session session = signedIn(signIn(accounts).signIn(world.url(), "ombudsman", password))) {
                ombudsman = session.account();
                session.engine().sync(SyncListener.NONE);
            }
            assertThat(officer.folder()).isNotEqualTo(ombudsman.folder());
            Path officerKey = KeyWrap.fileIn(officer.folder());
            Path ombudsmanKey = KeyWrap.fileIn(ombudsman.folder());

            assertThatThrownBy(() -> KeyWrap.unlock(officerKey, "salah".toCharArray())).isInstanceOf(WrongPasswordException.class);
            // Even with the same password, the other account's data key does not open this cache.
            try (DataKey other = KeyWrap.unlock(ombudsmanKey, password)) {
                assertThatThrownBy(() -> CaseStore.open(officer.cacheFile(), c -> Optional.empty(), Clock.systemUTC(),
                        FieldCipher.of(other))).isInstanceOf(StoreLockedException.class);
            }
            assertThatThrownBy(() -> CaseStore.open(officer.cacheFile(), c -> Optional.empty()))
                    .isInstanceOf(StoreLockedException.class);

            // The password was changed elsewhere (here: the local key is still wrapped under an older one).
            KeyWrap.rewrap(officerKey, password, "sandi-lama".toCharArray(), 1_000);
            assertThat(signIn(accounts).signIn(world.url(), "penghubung", password))
                    .isInstanceOf(SignInResult.PreviousPasswordNeeded.class);
            assertThat(signIn(accounts).signIn(world.url(), "penghubung", password, "keliru".toCharArray()))
                    .isInstanceOf(SignInResult.WrongPassword.class);
            try (Session session = signedIn(signIn(accounts).signIn(world.url(), "penghubung", password,
                    "sandi-lama".toCharArray()))) {
                assertThat(session.store().complaint(named).orElseThrow().reporter()).isPresent();
            }
            assertThatThrownBy(() -> KeyWrap.unlock(officerKey, "sandi-lama".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class);
            KeyWrap.unlock(officerKey, password).close();
            assertThat(KeyWrap.kdf(officerKey)).isEqualTo(id.penghubung.store.crypto.Kdf.DEFAULT);
        }
    }

    private static Complaint withFullIdentity(CaseStore store) {
        Instant now = Instant.now();
        for (int offset = 0; ; offset += 200) {
            List<InboxRow> rows = store.page(InboxQuery.of(InboxView.ALL, now, now), offset, 200);
            for (InboxRow row : rows) {
                Complaint c = store.complaint(row.id()).orElseThrow();
                if (c.reporter().filter(r -> r.phone().isPresent() && r.nik().isPresent()).isPresent()) {
                    return c;
                }
            }
            if (rows.size() < 200) {
                throw new AssertionError("No complaint with a full reporter identity in the pulled data");
            }
        }
    }

    private static void downloadSome(Session session, int max) {
        Instant now = Instant.now();
        int done = 0;
        for (InboxRow row : session.store().page(InboxQuery.of(InboxView.ALL, now, now), 0, 300)) {
            for (var a : session.store().complaint(row.id()).orElseThrow().attachments()) {
                if (done < max) {
                    session.engine().download(a.sha256());
                    done++;
                }
            }
        }
    }

    /** Every file of the account (cache, WAL, key, account, reference data, attachments), byte for byte. */
    private static void assertNoIdentityIn(Path folder, Reporter r) throws IOException {
        List<String> needles = new ArrayList<>(List.of(r.name(), r.phone().orElseThrow(), r.nik().orElseThrow()));
        r.email().ifPresent(needles::add);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.getFileName().toString().equals(Account.CACHE_FILE));
        assertThat(files).anyMatch(f -> f.getParent().getFileName().toString().equals(Account.ATTACHMENTS_DIR));
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (String needle : needles) {
                assertThat(ByteSearch.indexOf(bytes, needle.getBytes(StandardCharsets.UTF_8))).as("%s in %s", needle, f.getFileName())
                        .isNegative();
            }
        }
    }

    private static void assertOwnerOnly(Path folder) throws IOException {
        if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(perms).as(folder.relativize(p).toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
    }

    private static String render(ILoggingEvent event) {
        StringBuilder sb = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }
}
