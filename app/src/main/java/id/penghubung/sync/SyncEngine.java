package id.penghubung.sync;

import id.penghubung.protocol.Endpoints;
import id.penghubung.store.CaseStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync at a time: push the outbox first (so the officer's work reaches the server before the
 * server's news is pulled), then pull changes from the stored cursor page by page, then fetch
 * attachments of open complaints in the background. Cancellable; reports progress.
 *
 * <p>A facade over its rooms: {@link OutboxPush} (push order), {@link ChangesPull} (pull order,
 * pages fetched one ahead), {@link AttachmentFetch} (on demand and in the background), sharing one
 * {@link SyncRun} of counters per sync and {@link IncomingComplaints} for what the server sends.
 */
public final class SyncEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    /**
     * How long an action the server applied stays in the outbox after its last change: a week of what
     * was sent, for support; older ones are pruned after each sync. Nothing else reads them (the detail
     * pane lists unapplied entries only; the local-work export skips them; the server keeps them).
     */
    public static final Duration KEEP_APPLIED = Duration.ofDays(7);

    private final CentralApi api;
    private final CaseStore store;
    private final AttachmentFiles files;
    private final Options options;
    private final Optional<ReferenceCache> reference;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final IncomingComplaints incoming = new IncomingComplaints();
    private final AttachmentFetch attachments;

    /**
     * @param pushBatchSize actions per request; @param pageSize complaints per page (server max 1000);
     * @param backgroundDownloads attachments of open complaints fetched after a pull (0: none);
     * @param referenceMaxAge reference data older than this is fetched again during a sync
     * @param loginBackoff the quick tries of a sign-in's login ({@link SignInService}) before it falls back to the
     *                     cache: an unreachable server costs the officer their sum (about 1.4 s with the default)
     */
    public record Options(int pushBatchSize, int pageSize, Backoff backoff, int backgroundDownloads, Duration referenceMaxAge,
            Backoff loginBackoff) {
        /** A server shedding load or a dropped answer is worth a few quick tries; login is idempotent. */
        public static final Backoff LOGIN_BACKOFF = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(2), 4);

        public Options {
            if (pushBatchSize < 1 || pushBatchSize > Endpoints.MAX_ACTIONS_PER_REQUEST || pageSize < 1
                    || pageSize > Endpoints.MAX_CHANGES_LIMIT || backgroundDownloads < 0) {
                throw new IllegalArgumentException("Bad sync options");
            }
            Objects.requireNonNull(backoff, "backoff");
            Objects.requireNonNull(referenceMaxAge, "referenceMaxAge");
            Objects.requireNonNull(loginBackoff, "loginBackoff");
        }

        public static Options defaults() {
            return new Options(Endpoints.MAX_ACTIONS_PER_REQUEST, Endpoints.MAX_CHANGES_LIMIT, Backoff.standard(), 50, Duration.ofHours(12),
                    LOGIN_BACKOFF);
        }

        public Options withBackoff(Backoff b) {
            return new Options(pushBatchSize, pageSize, b, backgroundDownloads, referenceMaxAge, loginBackoff);
        }

        /** Other tries for a sign-in's login (tests: the same number of tries without the officer's pauses). */
        public Options withLoginBackoff(Backoff b) {
            return new Options(pushBatchSize, pageSize, backoff, backgroundDownloads, referenceMaxAge, b);
        }

        public Options withPageSize(int size) {
            return new Options(pushBatchSize, size, backoff, backgroundDownloads, referenceMaxAge, loginBackoff);
        }
    }

    public SyncEngine(CentralApi api, CaseStore store, AttachmentFiles files, Optional<ReferenceCache> reference, Options options) {
        this.api = Objects.requireNonNull(api, "api");
        this.store = Objects.requireNonNull(store, "store");
        this.files = Objects.requireNonNull(files, "files");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.options = Objects.requireNonNull(options, "options");
        this.attachments = new AttachmentFetch(api, files);
    }

    /** True while a sync runs. */
    public boolean running() {
        return oneAtATime.isLocked();
    }

    /** Asks the running sync to stop at the next safe point (between requests and pages). */
    public void cancel() {
        cancelRequested.set(true);
    }

    /**
     * Runs one sync on the calling thread, or returns empty at once when another is running.
     * Throws {@link SyncCancelledException} when cancelled, {@link AuthenticationRequired} when the
     * password is needed, {@link CentralException} when the server stays unreachable.
     */
    public Optional<SyncReport> trySync(SyncListener listener) {
        if (!oneAtATime.tryLock()) {
            return Optional.empty();
        }
        try {
            cancelRequested.set(false);
            return Optional.of(execute(listener));
        } finally {
            oneAtATime.unlock();
        }
    }

    /** As {@link #trySync}, but a sync already running is an error. */
    public SyncReport sync(SyncListener listener) {
        return trySync(listener).orElseThrow(() -> new IllegalStateException("A sync is already running"));
    }

    /**
     * Downloads one attachment now (on demand), resuming a partial download, verified against its
     * hash; the file under the account's attachment folder. Safe to call while a sync runs. At most
     * the protocol's maximum is accepted; prefer {@link #download(String, long)} when the size is known.
     */
    public Path download(String sha256) {
        return download(sha256, -1);
    }

    /**
     * As {@link #download(String)}, stopping at the attachment's declared size ({@code -1}: unknown):
     * a server sending more gets {@link AnswerRefusedException} and nothing of the file is kept.
     */
    public Path download(String sha256, long declaredSize) {
        Retrier retrier = new Retrier(options.backoff(), ThreadLocalRandom.current(), () -> false, Thread::sleep);
        return attachments.fetch(sha256, declaredSize, retrier);
    }

    /** One sync run: push, reference data, held records, pull, background attachments, prune. */
    private SyncReport execute(SyncListener listener) {
        Retrier retrier = new Retrier(options.backoff(), ThreadLocalRandom.current(), cancelRequested::get, Thread::sleep);
        SyncRun run = new SyncRun(listener, retrier, api);
        new OutboxPush(api, store, files, incoming, options.pushBatchSize(), run).push();
        ChangesPull.refreshReference(api, reference, options.referenceMaxAge(), retrier);
        HeldRecordRetry.run(store, incoming.json(), incoming::toModel);
        ChangesPull pull = new ChangesPull(api, store, incoming, options, run);
        pull.pull();
        if (run.pulled > 0 && !store.sendable(1).isEmpty()) {
            // Actions kept without their complaint (a rebuilt cache) became sendable with this pull: they go now.
            new OutboxPush(api, store, files, incoming, options.pushBatchSize(), run).push();
        }
        attachments.downloadInBackground(pull.wanted(), run);
        // Sent actions do not pile up for ever: a week of them stays (KEEP_APPLIED), the rest goes.
        store.pruneApplied(KEEP_APPLIED);
        SyncReport report = run.report(store);
        run.emit(SyncPhase.DONE);
        LOG.info("Sync done: applied {} (duplicates {}), conflicts {}, rejected {}, pulled {}, removed {}, pages {}, requests {}, {} ms ({} ms writing pages)",
                run.applied, run.duplicates, run.conflicts, run.rejected, run.pulled, run.removed, run.pages, report.requests(),
                report.took().toMillis(), run.applyNanos / 1_000_000);
        return report;
    }
}
