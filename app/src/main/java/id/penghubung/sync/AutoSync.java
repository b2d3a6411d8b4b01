package id.penghubung.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs on its own: every {@code interval}, as soon as the connection returns, and on demand. All
 * runs happen on one background thread, so there is never more than one; a request while a sync
 * runs joins the coming run instead of queuing another. While offline the interval only probes.
 */
public final class AutoSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AutoSync.class);

    /** How a run ended: a report, or the failure (AuthenticationRequired: ask for the password). */
    public record Outcome(Optional<SyncReport> report, Optional<RuntimeException> failure) {
    }

    /** One run ({@link Session#sync}, or the engine's own) and how to cancel it. */
    private final Function<SyncListener, SyncReport> run;
    private final Runnable cancel;
    private final Connectivity connectivity;
    private final CentralApi api;
    private final Duration interval;
    private final Duration probeEvery;
    private final SyncListener listener;
    private final Consumer<Outcome> onFinished;
    private final ScheduledExecutorService thread;
    private final AtomicReference<CompletableFuture<Outcome>> next = new AtomicReference<>();
    private Runnable stopListening = () -> { };
    private volatile boolean paused;

    /** While offline the server is probed this often, so its return is noticed within seconds. */
    public static final Duration PROBE_EVERY = Duration.ofSeconds(15);

    public AutoSync(SyncEngine engine, Connectivity connectivity, CentralApi api, Duration interval,
                    SyncListener listener, Consumer<Outcome> onFinished) {
        this(engine, connectivity, api, interval, PROBE_EVERY, listener, onFinished);
    }

    public AutoSync(SyncEngine engine, Connectivity connectivity, CentralApi api, Duration interval, Duration probeEvery,
                    SyncListener listener, Consumer<Outcome> onFinished) {
        this(engine::sync, engine::cancel, connectivity, api, interval, probeEvery, listener, onFinished, defaultThread());
    }

    /** As above, its runs on {@code thread} (one thread; a test passes one it can watch). */
    AutoSync(SyncEngine engine, Connectivity connectivity, CentralApi api, Duration interval, Duration probeEvery,
             SyncListener listener, Consumer<Outcome> onFinished, ScheduledExecutorService thread) {
        this(engine::sync, engine::cancel, connectivity, api, interval, probeEvery, listener, onFinished, thread);
    }

    /** Runs through the session, which records each successful run as the account's last sync. */
    public AutoSync(Session session, Duration interval, SyncListener listener, Consumer<Outcome> onFinished) {
        this(session::sync, session.engine()::cancel, session.connectivity(), session.api(), interval, PROBE_EVERY,
                listener, onFinished, defaultThread());
    }

    private static ScheduledExecutorService defaultThread() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("penghubung-sync").daemon().factory());
    }

    private AutoSync(Function<SyncListener, SyncReport> run, Runnable cancel, Connectivity connectivity, CentralApi api,
                     Duration interval, Duration probeEvery, SyncListener listener, Consumer<Outcome> onFinished,
                     ScheduledExecutorService thread) {
        this.probeEvery = Objects.requireNonNull(probeEvery, "probeEvery");
        this.run = Objects.requireNonNull(run, "run");
        this.cancel = Objects.requireNonNull(cancel, "cancel");
        this.connectivity = Objects.requireNonNull(connectivity, "connectivity");
        this.api = Objects.requireNonNull(api, "api");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.onFinished = Objects.requireNonNull(onFinished, "onFinished");
        this.thread = Objects.requireNonNull(thread, "thread");
    }

    /** Starts the interval and the reconnect trigger; the first run starts at once. */
    public void start() {
        stopListening = connectivity.onChange(state -> {
            // A paused desk (locked, or waiting for the password) must not sync on reconnect either.
            if (state.online() && !paused) {
                syncNow();
            }
        });
        thread.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        // Offline (an offline sign-in, a dropped line): a cheap probe notices the server's return and the
        // listener above syncs at once, instead of waiting for the next interval.
        thread.scheduleWithFixedDelay(this::probeWhileOffline, probeEvery.toMillis(), probeEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The interval between offline probes. */
    public Duration probeEvery() {
        return probeEvery;
    }

    private void probeWhileOffline() {
        if (!paused && !connectivity.online()) {
            connectivity.probe(api);
        }
    }

    /**
     * Asks for a sync as soon as possible. Returns the run that will serve the request (the same one
     * for requests made while waiting).
     */
    public CompletableFuture<Outcome> syncNow() {
        CompletableFuture<Outcome> fresh = new CompletableFuture<>();
        CompletableFuture<Outcome> existing = next.compareAndExchange(null, fresh);
        if (existing != null) {
            return existing;
        }
        thread.execute(this::runPending);
        return fresh;
    }

    /** Cancels the running sync, if any. */
    public void cancel() {
        cancel.run();
    }

    /** Stops automatic runs (e.g. after AuthenticationRequired until the password is typed); on demand still works. */
    public void pause(boolean pause) {
        this.paused = pause;
    }

    private void tick() {
        if (paused) {
            return;
        }
        if (!connectivity.online() && !connectivity.probe(api)) {
            return;
        }
        syncNow();
    }

    private void runPending() {
        CompletableFuture<Outcome> pending = next.getAndSet(null);
        if (pending == null) {
            return;
        }
        Outcome outcome;
        try {
            if (!api.signedIn() && !connectivity.probe(api)) {
                // Signed in offline and the server still away: say "unreachable", not "password needed".
                throw new TransportException("The server could not be reached", null);
            }
            outcome = new Outcome(Optional.of(run.apply(listener)), Optional.empty());
        } catch (AuthenticationRequired e) {
            paused = true;
            outcome = new Outcome(Optional.empty(), Optional.of(e));
        } catch (RuntimeException e) {
            LOG.info("Automatic sync ended early: {}", e.getMessage());
            outcome = new Outcome(Optional.empty(), Optional.of(e));
        }
        pending.complete(outcome);
        onFinished.accept(outcome);
    }

    @Override
    public void close() {
        stopListening.run();
        cancel.run();
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
