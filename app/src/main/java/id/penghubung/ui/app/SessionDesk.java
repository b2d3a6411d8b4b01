package id.penghubung.ui.app;

import id.penghubung.model.TrackingId;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.model.sla.MovedDeadline;
import id.penghubung.store.HeldRecord;
import id.penghubung.store.InboxView;
import id.penghubung.store.account.Account;
import id.penghubung.sync.AuthenticationRequired;
import id.penghubung.sync.AutoSync;
import id.penghubung.sync.LastSync;
import id.penghubung.sync.ProvinceIndicatorsCache;
import id.penghubung.sync.Session;
import id.penghubung.sync.SyncListener;
import id.penghubung.sync.SyncProgress;
import id.penghubung.ui.action.ActionReference;
import id.penghubung.ui.common.CacheDamage;
import id.penghubung.ui.detail.AttachmentAccess;
import id.penghubung.ui.detail.PlainCopies;
import id.penghubung.ui.lock.DeskLock;
import id.penghubung.ui.position.PositionData;
import id.penghubung.ui.sync.SyncControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a signed-in {@link Session} of the sync engine into the desk's parts: the sync seam over
 * {@link AutoSync} (interval, reconnect, "sync now"), attachments through the engine's downloads,
 * and the server's deadline rules. The reference data comes through {@code reference}, because the
 * wire types it is made of belong below the UI (the launcher maps them).
 */
public final class SessionDesk implements SyncControl, DeskLock {
    private static final Logger LOG = LoggerFactory.getLogger(SessionDesk.class);
    /** Automatic sync every few minutes; the officer can always sync now. */
    public static final Duration INTERVAL = Duration.ofMinutes(5);

    private final Session session;
    private final Clock clock;
    private final AutoSync auto;
    /** Set once the desk's parts exist: plain copies to delete when locking. */
    private volatile AttachmentAccess files = AttachmentAccess.none();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus status;
    private volatile int newAssignments;
    private volatile int allBefore = -1;
    private final LateSends late;

    private SessionDesk(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
        this.late = new LateSends(session.store(), session.rules().following(), clock);
        // The last success is the account's, not this session's: an offline sign-in still knows it.
        this.status = new SyncStatus(session.connectivity().online(), false, Optional.empty(), 0,
                LastSync.read(session.account()), Optional.empty(), 0);
        session.connectivity().onChange(s -> publish(withOnline(status, s.online())));
        SyncListener listener = new SyncListener() {
            @Override
            public void progress(SyncProgress p) {
                if (!status.running()) {
                    late.runStarts(); // the first report of a run comes before anything is sent
                }
                double fraction = p.toPush() > 0 && p.pulled() == 0 ? (double) p.pushed() / p.toPush() : -1;
                SyncStatus s = status;
                publish(new SyncStatus(session.connectivity().online(), true, Optional.of(p.phase()), fraction,
                        s.lastSuccessAt(), s.lastErrorKey(), s.newAssignments(), s.held()));
            }
        };
        this.auto = new AutoSync(session, INTERVAL, listener, this::finished);
    }

    /**
     * The desk's parts for a session; {@code reference} maps the session's reference cache to the
     * forms' lists. Starts the automatic sync; closing the desk closes it and the session.
     */
    public static Desk.Parts parts(Session session, Function<Session, ActionReference> reference, Clock clock) {
        SessionDesk sync = new SessionDesk(session, clock);
        Account a = session.account();
        ActingAccount acting = new ActingAccount(a.userId(), a.displayName(), a.role(), a.agencyId());
        AttachmentAccess files = new SessionAttachments(session.attachments(), () -> session.connectivity().online(),
                wanted -> session.engine().download(wanted.sha256(), wanted.size()), PlainCopies.inSystemTemp(),
                session.uploadRules());
        sync.files = files;
        sync.auto.start();
        AutoCloseable close = () -> {
            files.deleteCopies();
            sync.auto.close();
            session.close();
        };
        return new Desk.Parts(acting, session.store(), false, sync, reference.apply(session), files,
                Optional.of(session.rules().following()), close, sync);
    }

    @Override
    public PositionData position() {
        ProvinceIndicatorsCache kept = new ProvinceIndicatorsCache(session.account().folder(), clock);
        return new PositionData() {
            @Override
            public Published fetch(LocalDate from, LocalDate to) {
                if (!session.connectivity().online()) {
                    throw new IllegalStateException("offline");
                }
                try {
                    return published(kept.fetch(session.api(), from, to));
                } catch (RuntimeException e) {
                    LOG.warn("Province indicators not fetched: {}", e.toString(), e.getCause());
                    throw e;
                }
            }

            @Override
            public Optional<Published> last() {
                return kept.last().map(SessionDesk::published);
            }
        };
    }

    private static PositionData.Published published(ProvinceIndicatorsCache.Copy c) {
        return new PositionData.Published(c.provinceName(), c.from(), c.to(), c.calendar(), c.fetchedAt(), c.institutions().stream()
                .map(i -> new PositionData.Institution(i.id(), i.name(), i.rank(), i.volumeGroup(), i.received(), i.followUpDue(),
                        i.followUpOnTime(), i.overdueOpen(), i.score()))
                .toList());
    }

    @Override
    public Clock deskClock(Clock base) {
        return session.serverClock().over(base);
    }

    @Override
    public boolean trainingClock() {
        return session.serverClock().training();
    }

    @Override
    public Optional<Instant> signInOnlineBefore() {
        var allowance = session.offlineAllowance();
        return allowance.warn(clock.instant()) ? Optional.of(allowance.until()) : Optional.empty();
    }

    @Override
    public List<TrackingId> takeSentLate() {
        return late.take();
    }

    @Override
    public List<MovedDeadline> takeMovedDeadlines() {
        return session.takeMovedDeadlines();
    }

    private void finished(AutoSync.Outcome outcome) {
        late.runEnded();
        SyncStatus s = status;
        Optional<Instant> last = s.lastSuccessAt();
        Optional<String> error = Optional.empty();
        List<HeldRecord> held = s.held();
        Optional<Instant> nextTry = Optional.empty();
        if (outcome.report().isPresent()) {
            last = Optional.of(clock.instant()); // the session recorded it as the account's last sync
            held = outcome.report().get().held() > 0 ? session.store().heldRecords() : List.of();
            int all = session.store().counts(clock.instant(), clock.instant()).getOrDefault(InboxView.ALL, 0);
            if (allBefore >= 0 && all > allBefore) {
                newAssignments += all - allBefore;
            }
            allBefore = all;
        }
        if (outcome.failure().isPresent()) {
            RuntimeException failure = outcome.failure().get();
            error = SyncFailures.key(failure);
            CacheDamage.check(failure); // the rebuild is offered, as for a read that met the damage
            if (!(failure instanceof AuthenticationRequired)) {
                // Online, the next interval; offline, the next probe that finds the server.
                nextTry = Optional.of(clock.instant().plus(session.connectivity().online() ? INTERVAL : auto.probeEvery()));
            }
        }
        publish(new SyncStatus(session.connectivity().online(), false, Optional.empty(), 0, last, error, newAssignments,
                held, nextTry));
    }

    /**
     * The password after an offline sign-in or an expired session: signs in to the server again and,
     * when accepted, resumes the automatic sync and starts one now. Blocking; off the FX thread.
     */
    @Override
    public boolean reauthenticate(char[] password) {
        if (!session.reauthenticate(password)) {
            return false;
        }
        SyncStatus s = status;
        publish(new SyncStatus(s.online(), s.running(), s.phase(), s.progress(), s.lastSuccessAt(), Optional.empty(),
                s.newAssignments(), s.held()));
        auto.pause(false);
        auto.syncNow();
        return true;
    }

    private static SyncStatus withOnline(SyncStatus s, boolean online) {
        return new SyncStatus(online, s.running(), s.phase(), s.progress(), s.lastSuccessAt(), s.lastErrorKey(),
                s.newAssignments(), s.held(), s.nextTryAt());
    }

    private void publish(SyncStatus s) {
        status = s;
        listeners.forEach(l -> l.accept(s));
    }

    @Override
    public void syncNow() {
        if (session.locked()) {
            return; // a sync needs the key (reporter identities); it resumes after unlock
        }
        auto.syncNow();
    }

    /** The lock screen: automatic sync paused and a running one cancelled, plain copies deleted, key dropped. */
    @Override
    public void lock() {
        auto.pause(true);
        auto.cancel();
        files.deleteCopies();
        session.lock();
    }

    @Override
    public boolean unlock(char[] password) {
        if (!session.unlock(password)) {
            return false;
        }
        auto.pause(false);
        auto.syncNow();
        return true;
    }

    @Override
    public boolean locked() {
        return session.locked();
    }

    @Override
    public SyncStatus status() {
        return status;
    }

    @Override
    public Runnable onStatus(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
