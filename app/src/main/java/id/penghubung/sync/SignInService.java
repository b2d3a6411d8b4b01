package id.penghubung.sync;

import id.penghubung.model.calendar.CalendarHolder;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.protocol.LoginResponse;
import id.penghubung.protocol.UserInfo;
import id.penghubung.store.CaseStore;
import id.penghubung.store.Salvage;
import id.penghubung.store.account.Account;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.account.PasswordPolicy;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.EncryptedFiles;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.KeyWrap;
import id.penghubung.store.crypto.WrongPasswordException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs an officer in. Online: the server checks the password; the account folder and its password
 * verifier are created or refreshed, the account's cache opened. Server unreachable: the password
 * is checked against the local verifier and the cache opens offline, so the officer can keep
 * working in a village without signal — within the maximum offline period ({@link OfflinePolicy},
 * counted from the last online sign-in as sealed in {@link OnlineSignIns}).
 */
public final class SignInService {
    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

    /** Makes the client for a server, reporting reachability to the session's connectivity. */
    @FunctionalInterface
    public interface ApiFactory {
        CentralApi create(String serverUrl, Connectivity connectivity);

        ApiFactory OKHTTP = (url, connectivity) -> OkHttpCentralApi.builder(url).reachability(connectivity::record).build();

        /** OkHttp with the server's certificate pins, if the officer's agency set any. */
        static ApiFactory okHttp(AccountRegistry accounts) {
            return (url, connectivity) -> OkHttpCentralApi.builder(url).reachability(connectivity::record)
                    .certificatePins(accounts.serverSettings(AccountRegistry.hostOf(url)).certificatePins()).build();
        }
    }

    /** The code of a {@link SignInResult.ServerError} for an answer the client refused (too large). */
    public static final String ANSWER_REFUSED = "ANSWER_REFUSED";

    private final AccountRegistry accounts;
    private final ApiFactory apiFactory;
    private final CalendarHolder calendar;
    private final SyncEngine.Options options;
    private final Clock clock;
    private final OfflinePolicy offlinePolicy;

    /**
     * @param calendar the application's calendar holder: the session replaces its calendar with the
     *                 server's when reference data arrives (and at sign-in, from the cached copy)
     */
    public SignInService(AccountRegistry accounts, ApiFactory apiFactory, CalendarHolder calendar, SyncEngine.Options options, Clock clock) {
        this(accounts, apiFactory, calendar, options, clock, OfflinePolicy.standard());
    }

    /** As above with another maximum offline period. */
    public SignInService(AccountRegistry accounts, ApiFactory apiFactory, CalendarHolder calendar, SyncEngine.Options options,
            Clock clock, OfflinePolicy offlinePolicy) {
        this.offlinePolicy = Objects.requireNonNull(offlinePolicy, "offlinePolicy");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.apiFactory = Objects.requireNonNull(apiFactory, "apiFactory");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The usual service: OkHttp, default sync options, the system clock. */
    public static SignInService standard(Path dataFolder, CalendarHolder calendar) {
        AccountRegistry accounts = new AccountRegistry(dataFolder);
        return new SignInService(accounts, ApiFactory.okHttp(accounts), calendar, SyncEngine.Options.defaults(),
                Clock.systemUTC());
    }

    public AccountRegistry accounts() {
        return accounts;
    }

    /**
     * Signs in; never throws for a wrong password or an unreachable server (see {@link SignInResult}).
     * Throws {@link InsecureServerException} / IllegalArgumentException for an unusable address.
     */
    public SignInResult signIn(String serverUrl, String username, char[] password) {
        return signIn(serverUrl, username, password, null);
    }

    /**
     * After {@link SignInResult.PreviousPasswordNeeded}: signs in with the new password and re-wraps
     * this computer's data key from the previous password to the new one (nothing is re-encrypted).
     * A wrong previous password gives {@code WrongPassword(false)} and changes nothing.
     */
    public SignInResult signIn(String serverUrl, String username, char[] password, char[] previousPassword) {
        Connectivity connectivity = new Connectivity(clock);
        CentralApi api = apiFactory.create(serverUrl, connectivity);
        boolean handedOver = false;
        try {
            SignInResult result = attempt(serverUrl, username, password, previousPassword, api, connectivity);
            handedOver = result instanceof SignInResult.SignedIn;
            return result;
        } finally {
            if (!handedOver) {
                api.close();
            }
        }
    }

    private SignInResult attempt(String serverUrl, String username, char[] password, char[] previousPassword,
            CentralApi api, Connectivity connectivity) {
        String host = AccountRegistry.serverKey(serverUrl);
        LoginResponse login;
        try {
            // A server shedding load or a dropped answer is worth a few quick tries; login is idempotent.
            Retrier retrier = new Retrier(options.loginBackoff(), ThreadLocalRandom.current(), () -> false, Thread::sleep);
            login = retrier.call("login", () -> api.login(username, password));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                LOG.info("Sign-in of {} at {} refused by the server", username, host);
                return new SignInResult.WrongPassword(false);
            }
            LOG.info("Sign-in of {} at {}: server error {} {}", username, host, e.status(), e.code());
            // The server is there but failing: the officer can still work from the cache.
            return offline(serverUrl, username, password, api, connectivity)
                    .orElseGet(() -> new SignInResult.ServerError(e.status(), e.code(), e.getMessage()));
        } catch (AnswerRefusedException e) {
            LOG.warn("Sign-in of {} at {}: the server's answer was refused: {}", username, host, e.getMessage());
            // A server that breaks the protocol's bounds is no proof of the password: the offline way in stays open.
            return offline(serverUrl, username, password, api, connectivity)
                    .orElseGet(() -> new SignInResult.ServerError(200, ANSWER_REFUSED, e.getMessage()));
        } catch (TransportException e) {
            LOG.info("Sign-in of {}: {} unreachable, trying the offline account", username, host);
            return offline(serverUrl, username, password, api, connectivity)
                    .orElseGet(() -> new SignInResult.Unreachable(e.getMessage()));
        }
        UserInfo user = login.user();
        // The data key first: a password changed elsewhere must not replace the verifier before the
        // key is re-wrapped, or the next offline sign-in would pass the verifier and fail the key.
        Path keyFile = KeyWrap.fileIn(accounts.folderFor(host, username));
        if (!KeyWrap.exists(keyFile) || previousPassword != null) {
            // The password is about to become the only key of this computer's copy (issue 21).
            PasswordPolicy.Verdict verdict = accounts.passwordPolicy().check(username, password);
            if (!verdict.ok()) {
                LOG.info("Sign-in of {} at {}: the password does not meet the local policy ({})", username, host,
                        verdict.messageKey());
                return new SignInResult.WeakPassword(verdict.messageKey(), verdict.args());
            }
        }
        DataKey key;
        try {
            key = onlineKey(keyFile, password, previousPassword);
        } catch (WrongPasswordException e) {
            if (previousPassword == null) {
                LOG.info("Sign-in of {} at {}: the local data is locked with a previous password", username, host);
                return new SignInResult.PreviousPasswordNeeded(serverUrl, username);
            }
            LOG.info("Sign-in of {} at {}: the previous password does not open the local data", username, host);
            return new SignInResult.WrongPassword(false);
        }
        try {
            Account account = accounts.recordOnlineSignIn(serverUrl, username,
                    new AccountRegistry.Identity(user.id(), user.name(), user.role(), Optional.ofNullable(user.agencyId()),
                            Optional.ofNullable(user.regionId())),
                    password, clock.instant());
            if (!KeyWrap.exists(keyFile)) {
                key.close();
                key = KeyWrap.create(keyFile, password, accounts.kdf());
            }
            OnlineSignIns.online(account, key, clock.instant());
            LOG.info("Signed in online: {}", account);
            Session session = open(account, api, connectivity, key);
            session.watchOffline(offlinePolicy, clock, OnlineSignIns.read(account, key));
            return new SignInResult.SignedIn(SignInResult.Mode.ONLINE, session);
        } catch (RuntimeException e) {
            key.close();
            throw e;
        }
    }

    /**
     * The account's data key for an online sign-in: unwrapped with the password, or re-wrapped from
     * the previous one; a placeholder (replaced once the folder exists) when there is none yet.
     */
    private DataKey onlineKey(Path keyFile, char[] password, char[] previousPassword) throws WrongPasswordException {
        if (!KeyWrap.exists(keyFile)) {
            return DataKey.generate();
        }
        try {
            // A key file from before issue 21 (PBKDF2) is re-wrapped under the current KDF here.
            return KeyWrap.unlock(keyFile, password, accounts.kdf());
        } catch (WrongPasswordException e) {
            if (previousPassword == null) {
                throw e;
            }
            KeyWrap.rewrap(keyFile, previousPassword, password, accounts.kdf());
            return KeyWrap.unlock(keyFile, password);
        }
    }

    /** Empty when there is no local account; else signed in offline or a wrong password. */
    private Optional<SignInResult> offline(String serverUrl, String username, char[] password, CentralApi api,
            Connectivity connectivity) {
        Optional<Account> account = accounts.find(AccountRegistry.serverKey(serverUrl), username);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (!accounts.verify(account.get(), password)) {
            LOG.info("Offline sign-in of {} refused", username);
            return Optional.of(new SignInResult.WrongPassword(true));
        }
        DataKey key;
        try {
            Path keyFile = KeyWrap.fileIn(account.get().folder());
            key = KeyWrap.exists(keyFile) ? KeyWrap.unlock(keyFile, password, accounts.kdf())
                    : KeyWrap.create(keyFile, password, accounts.kdf());
        } catch (WrongPasswordException e) {
            LOG.info("Offline sign-in of {} refused by the data key", username);
            return Optional.of(new SignInResult.WrongPassword(true));
        }
        // Only within the maximum offline period since the last online sign-in (sealed with the data key).
        Optional<OnlineSignIns.Record> record = OnlineSignIns.read(account.get(), key);
        OfflinePolicy.Allowance allowance = offlinePolicy.allowance(record, clock.instant());
        if (allowance.expired(clock.instant())) {
            key.close();
            LOG.info("Offline sign-in of {} refused: last online sign-in {}, offline allowed until {}", username,
                    allowance.lastOnline().map(Object::toString).orElse("unknown"), allowance.until());
            return Optional.of(new SignInResult.OnlineSignInNeeded(serverUrl, username, allowance.lastOnline()));
        }
        LOG.info("Signed in offline: {} (offline allowed until {})", account.get(), allowance.until());
        try {
            OnlineSignIns.seen(account.get(), key, record.orElseThrow(), clock.instant());
            Session session = open(account.get(), api, connectivity, key);
            session.watchOffline(offlinePolicy, clock, record);
            return Optional.of(new SignInResult.SignedIn(SignInResult.Mode.OFFLINE, session));
        } catch (RuntimeException e) {
            key.close();
            throw e;
        }
    }

    /**
     * For a cache that is damaged: checks the password against this computer's verifier, keeps the officer's local
     * work (drafts, unsent actions, audit log), moves the damaged file aside and starts a fresh cache
     * ({@link Salvage}), then signs in as {@link #signIn(String, String, char[])} does, whose first sync refills it.
     */
    public SignInResult rebuildAndSignIn(String serverUrl, String username, char[] password) {
        Optional<Account> account = accounts.find(AccountRegistry.serverKey(serverUrl), username);
        Path keyFile = account.map(a -> KeyWrap.fileIn(a.folder())).orElse(null);
        if (account.isPresent() && KeyWrap.exists(keyFile)) {
            if (!accounts.verify(account.get(), password)) {
                return new SignInResult.WrongPassword(true);
            }
            try (DataKey key = KeyWrap.unlock(keyFile, password, accounts.kdf())) {
                ServerRules rules = new ServerRules(calendar, SlaPolicy.standard(), clock);
                new ReferenceCache(account.get().referenceFile(), clock).current().ifPresent(rules::adopt);
                Salvage.Outcome kept = Salvage.rebuild(account.get().cacheFile(), rules, clock, FieldCipher.of(key));
                try (CaseStore store = kept.store()) {
                    store.audit(username, Salvage.AUDIT_ACTION, kept.auditDetail());
                }
            } catch (WrongPasswordException e) {
                return new SignInResult.WrongPassword(true);
            }
        }
        return signIn(serverUrl, username, password);
    }

    private Session open(Account account, CentralApi api, Connectivity connectivity, DataKey key) {
        ReferenceCache reference = new ReferenceCache(account.referenceFile(), clock);
        ServerRules rules = new ServerRules(calendar, SlaPolicy.standard(), clock);
        // The cache's deadlines were computed under the rules cached with it: adopt them before opening.
        reference.current().ifPresent(rules::adopt);
        CaseStore store = CaseStore.open(account.cacheFile(), rules, clock, FieldCipher.of(key));
        AttachmentFiles attachments = new AttachmentFiles(account.attachmentsFolder(), EncryptedFiles.of(key));
        try {
            attachments.sealLegacyFiles();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return new Session(account, api, store, connectivity, reference, rules, attachments, options, key);
    }
}
