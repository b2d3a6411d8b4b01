package id.penghubung.sync;

import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.MovedDeadline;
import id.penghubung.store.CaseStore;
import id.penghubung.store.account.Account;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.EncryptedFiles;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.KeyWrap;
import id.penghubung.store.crypto.WrongPasswordException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An officer signed in on this computer: the account, its open cache, the client (with tokens when
 * signed in online), connectivity, reference data, attachments and the sync engine. One per window;
 * {@link #close()} on sign-out closes the cache and the client.
 */
public final class Session implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private final Account account;
    private final CentralApi api;
    private final CaseStore store;
    private final Connectivity connectivity;
    private final ReferenceCache reference;
    private final ServerRules rules;
    private final AttachmentFiles attachments;
    private final SyncEngine engine;
    private final List<MovedDeadline> moved = new ArrayList<>();
    /** The unwrapped data key while unlocked; closed (zeroed) by {@link #lock()} and {@link #close()}. */
    private DataKey key;
    private OfflinePolicy offlinePolicy = OfflinePolicy.standard();
    private Clock clock = Clock.systemUTC();
    private final ServerClock serverClock = new ServerClock();
    private volatile OfflinePolicy.Allowance offlineAllowance =
            new OfflinePolicy.Allowance(Optional.empty(), Instant.EPOCH, Duration.ZERO);

    Session(Account account, CentralApi api, CaseStore store, Connectivity connectivity, ReferenceCache reference,
            ServerRules rules, AttachmentFiles attachments, SyncEngine.Options options, DataKey key) {
        this.key = Objects.requireNonNull(key, "key");
        this.account = Objects.requireNonNull(account, "account");
        this.api = Objects.requireNonNull(api, "api");
        this.store = Objects.requireNonNull(store, "store");
        this.connectivity = Objects.requireNonNull(connectivity, "connectivity");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.rules = Objects.requireNonNull(rules, "rules");
        // New server rules (calendar, SLA policy) move deadlines: recompute the cache's index then only.
        reference.current().ifPresent(data -> serverClock.adopt(data, reference.fetchedAt().orElse(Instant.now())));
        // The cached reference, heard at once, was adopted at sign-in already (SignInService): it moves nothing.
        reference.onChange(data -> {
            serverClock.adopt(data, reference.fetchedAt().orElse(Instant.now()));
            DeadlineCalculator before = rules.calculator();
            if (rules.adopt(data)) {
                store.reindexDeadlines();
                noteMoves(before, rules.calculator());
            }
        });
        // The upload sends the name of the file the officer attached (kept beside it, across sessions).
        api.nameUploadsBy(attachments::fileName);
        this.engine = new SyncEngine(api, store, attachments, Optional.of(reference), options);
    }

    public Account account() {
        return account;
    }

    public CentralApi api() {
        return api;
    }

    public CaseStore store() {
        return store;
    }

    public Connectivity connectivity() {
        return connectivity;
    }

    public ReferenceCache reference() {
        return reference;
    }

    /** The server's training clock, when it runs one: the desk counts "now" by it ({@link ServerClock#over}). */
    public ServerClock serverClock() {
        return serverClock;
    }

    /** The calendar and SLA policy in force (the server's once known); its calculator gives deadlines. */
    public ServerRules rules() {
        return rules;
    }

    public AttachmentFiles attachments() {
        return attachments;
    }

    /** What an attachment may be, by the server's published limits: checked when a file is attached. */
    public UploadRules uploadRules() {
        return UploadRules.of(reference);
    }

    public SyncEngine engine() {
        return engine;
    }

    /** Which cached deadlines the server's new rules moved, kept for the desk; other holidays or policy only. */
    private void noteMoves(DeadlineCalculator before, DeadlineCalculator after) {
        if (before.policy().equals(after.policy()) && before.calendar().zone().equals(after.calendar().zone())
                && before.calendar().holidays().equals(after.calendar().holidays())) {
            return; // a new edition of the same days moves nothing: no walk over the cache
        }
        try {
            List<MovedDeadline> found = DeadlineMoves.in(store, before, after, serverClock.over(clock).instant());
            synchronized (moved) {
                moved.addAll(found);
            }
        } catch (RuntimeException e) {
            // The notice is a courtesy: the new rules are in force and the deadlines recomputed whatever happens here.
            LOG.warn("Could not list the deadlines the new rules moved: {}", e.toString());
        }
    }

    /**
     * The deadlines a new calendar or policy from the server moved since the last call (issue 22), for
     * the desk's notice; each listed once.
     */
    public List<MovedDeadline> takeMovedDeadlines() {
        synchronized (moved) {
            List<MovedDeadline> taken = List.copyOf(moved);
            moved.clear();
            return taken;
        }
    }

    /**
     * One sync run. A run that succeeds is recorded here, once, as the account's last sync ({@link LastSync}):
     * the desk's "synced at" counts runs from the desk and from the command line alike.
     */
    public SyncReport sync(SyncListener listener) {
        SyncReport report = engine.sync(listener);
        LastSync.write(account, clock.instant());
        return report;
    }

    /** Set at sign-in: the offline period this session was opened under. */
    void watchOffline(OfflinePolicy policy, Clock now, Optional<OnlineSignIns.Record> record) {
        this.offlinePolicy = policy;
        this.clock = now;
        this.offlineAllowance = policy.allowance(record, now.instant());
    }

    /**
     * Until when this account may sign in offline on this computer (the last online sign-in plus the
     * maximum offline period); the desk warns in its last week.
     */
    public OfflinePolicy.Allowance offlineAllowance() {
        return offlineAllowance;
    }

    /** True when the client holds tokens (signed in online, or re-authenticated since). */
    public boolean authenticated() {
        return api.signedIn();
    }

    /**
     * After {@link AuthenticationRequired} (or an offline sign-in once the server is back): signs in
     * to the server again with the password the officer typed. False on a wrong password.
     */
    public boolean reauthenticate(char[] password) {
        try {
            api.login(account.username(), password);
            // The server accepted the password again: the offline period starts anew.
            synchronized (this) {
                if (!key.isDestroyed()) {
                    OnlineSignIns.online(account, key, clock.instant());
                    offlineAllowance = offlinePolicy.allowance(OnlineSignIns.read(account, key), clock.instant());
                }
            }
            return true;
        } catch (ApiException e) {
            if (e.status() == 401) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The UI lock (Ctrl+L, idle time): stops a running sync at its next safe point, drops the cipher
     * from the store and the attachment files, and zeroes the data key. Inbox rows, counts and search
     * still work; reporter identities, drafts and attachments throw until {@link #unlock}. The UI
     * must not start a sync while locked (it would stop at the first reporter). Idempotent.
     */
    public synchronized void lock() {
        engine.cancel();
        store.lock();
        key.close();
    }

    /**
     * Unwraps the data key again with the password (~0.2 s of a core: Argon2id 64 MiB). False on a wrong
     * password; the session then stays locked.
     */
    public synchronized boolean unlock(char[] password) {
        if (!key.isDestroyed()) {
            return true;
        }
        DataKey next;
        try {
            next = KeyWrap.unlock(KeyWrap.fileIn(account.folder()), password);
        } catch (WrongPasswordException e) {
            return false;
        }
        try {
            store.unlock(FieldCipher.of(next));
            attachments.rekey(EncryptedFiles.of(next));
        } catch (RuntimeException e) {
            next.close();
            throw e;
        }
        key = next;
        return true;
    }

    public synchronized boolean locked() {
        return key.isDestroyed();
    }

    @Override
    public void close() {
        engine.cancel();
        try {
            api.close();
            store.close();
        } finally {
            synchronized (this) {
                key.close();
            }
        }
    }
}
