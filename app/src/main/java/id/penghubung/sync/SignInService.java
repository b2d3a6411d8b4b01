package id.penghubung.sync;

import id.penghubung.protocol.LoginResponse;
import id.penghubung.protocol.UserInfo;
import id.penghubung.store.CaseStore;
import id.penghubung.model.calendar.CalendarHolder;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.account.Account;
import id.penghubung.store.account.AccountRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs an officer in. Online: the server checks the password; the account folder and its password
 * verifier are created or refreshed, the account's cache opened. Server unreachable: the password
 * is checked against the local verifier and the cache opens offline, so the officer can keep
 * working in a village without signal.
 */
public final class SignInService {
    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

    /** Makes the client for a server, reporting reachability to the session's connectivity. */
    @FunctionalInterface
    public interface ApiFactory {
        CentralApi create(String serverUrl, Connectivity connectivity);

        ApiFactory OKHTTP = (url, connectivity) -> OkHttpCentralApi.builder(url).reachability(connectivity::record).build();
    }

    private static final Backoff LOGIN_BACKOFF = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(2), 4);

    private final AccountRegistry accounts;
    private final ApiFactory apiFactory;
    private final CalendarHolder calendar;
    private final SyncEngine.Options options;
    private final Clock clock;

    /**
     * @param calendar the application's calendar holder: the session replaces its calendar with the
     *                 server's when reference data arrives (and at sign-in, from the cached copy)
     */
    public SignInService(AccountRegistry accounts, ApiFactory apiFactory, CalendarHolder calendar, SyncEngine.Options options, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.apiFactory = Objects.requireNonNull(apiFactory, "apiFactory");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The usual service: OkHttp, default sync options, the system clock. */
    public static SignInService standard(Path dataFolder, CalendarHolder calendar) {
        return new SignInService(new AccountRegistry(dataFolder), ApiFactory.OKHTTP, calendar, SyncEngine.Options.defaults(),
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
        Connectivity connectivity = new Connectivity(clock);
        CentralApi api = apiFactory.create(serverUrl, connectivity);
        boolean handedOver = false;
        try {
            SignInResult result = attempt(serverUrl, username, password, api, connectivity);
            handedOver = result instanceof SignInResult.SignedIn;
            return result;
        } finally {
            if (!handedOver) {
                api.close();
            }
        }
    }

    private SignInResult attempt(String serverUrl, String username, char[] password, CentralApi api, Connectivity connectivity) {
        String host = AccountRegistry.hostOf(serverUrl);
        LoginResponse login;
        try {
            // A server shedding load or a dropped answer is worth a few quick tries; login is idempotent.
            Retrier retrier = new Retrier(LOGIN_BACKOFF, ThreadLocalRandom.current(), () -> false, Thread::sleep);
            login = retrier.call("login", () -> api.login(username, password));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                LOG.info("Sign-in of {} at {} refused by the server", username, host);
                return new SignInResult.WrongPassword(false);
            }
            LOG.info("Sign-in of {} at {}: server error {} {}", username, host, e.status(), e.code());
            // The server is there but failing: the officer can still work from the cache.
            return offline(host, username, password, api, connectivity)
                    .orElseGet(() -> new SignInResult.ServerError(e.status(), e.code(), e.getMessage()));
        } catch (TransportException e) {
            LOG.info("Sign-in of {}: {} unreachable, trying the offline account", username, host);
            return offline(host, username, password, api, connectivity)
                    .orElseGet(() -> new SignInResult.Unreachable(e.getMessage()));
        }
        UserInfo user = login.user();
        Account account = accounts.recordOnlineSignIn(serverUrl, username,
                new AccountRegistry.Identity(user.id(), user.name(), user.role(), Optional.ofNullable(user.agencyId()),
                        Optional.ofNullable(user.regionId())),
                password, clock.instant());
        LOG.info("Signed in online: {}", account);
        return new SignInResult.SignedIn(SignInResult.Mode.ONLINE, open(account, api, connectivity));
    }

    /** Empty when there is no local account; else signed in offline or a wrong password. */
    private Optional<SignInResult> offline(String host, String username, char[] password, CentralApi api, Connectivity connectivity) {
        Optional<Account> account = accounts.find(host, username);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (!accounts.verify(account.get(), password)) {
            LOG.info("Offline sign-in of {} refused", username);
            return Optional.of(new SignInResult.WrongPassword(true));
        }
        LOG.info("Signed in offline: {}", account.get());
        return Optional.of(new SignInResult.SignedIn(SignInResult.Mode.OFFLINE, open(account.get(), api, connectivity)));
    }

    private Session open(Account account, CentralApi api, Connectivity connectivity) {
        ReferenceCache reference = new ReferenceCache(account.referenceFile(), clock);
        ServerRules rules = new ServerRules(calendar, SlaPolicy.standard(), clock);
        // The cache's deadlines were computed under the rules cached with it: adopt them before opening.
        reference.current().ifPresent(rules::adopt);
        CaseStore store = CaseStore.open(account.cacheFile(), rules, clock);
        return new Session(account, api, store, connectivity, reference, rules, new AttachmentFiles(account.attachmentsFolder()), options);
    }
}
