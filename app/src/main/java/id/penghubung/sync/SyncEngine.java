package id.penghubung.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.Respond;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.Endpoints;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireMapper;
import id.penghubung.store.CaseStore;
import id.penghubung.store.HeldRecord;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import id.penghubung.store.RowTooLargeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * <p>Pull order: the training server delivers changes in change-sequence order, so a first sync
 * fills the inbox page by page (each page committed with its cursor, the inbox usable at once);
 * the protocol has no "urgent first" parameter, so none is asked for.
 *
 * <p>Push order: the store hands out only the head of each complaint's queue; each round sends
 * those heads in batches, and {@code markApplied} rebases the complaint's next action onto the new
 * version, so one complaint's actions go in order without self-inflicted conflicts, and a
 * quarantined complaint (CONFLICT/REJECTED head) never holds up the others.
 */
public final class SyncEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    private static final String INVALID_CURSOR = "INVALID_CURSOR";
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
    private final ObjectMapper json = Json.lenient();

    /**
     * @param pushBatchSize actions per request; @param pageSize complaints per page (server max 1000);
     * @param backgroundDownloads attachments of open complaints fetched after a pull (0: none);
     * @param referenceMaxAge reference data older than this is fetched again during a sync
     */
    public record Options(int pushBatchSize, int pageSize, Backoff backoff, int backgroundDownloads, Duration referenceMaxAge) {
        public Options {
            if (pushBatchSize < 1 || pushBatchSize > Endpoints.MAX_ACTIONS_PER_REQUEST || pageSize < 1
                    || pageSize > Endpoints.MAX_CHANGES_LIMIT || backgroundDownloads < 0) {
                throw new IllegalArgumentException("Bad sync options");
            }
            Objects.requireNonNull(backoff, "backoff");
            Objects.requireNonNull(referenceMaxAge, "referenceMaxAge");
        }

        public static Options defaults() {
            return new Options(Endpoints.MAX_ACTIONS_PER_REQUEST, Endpoints.MAX_CHANGES_LIMIT, Backoff.standard(), 50, Duration.ofHours(12));
        }

        public Options withBackoff(Backoff b) {
            return new Options(pushBatchSize, pageSize, b, backgroundDownloads, referenceMaxAge);
        }

        public Options withPageSize(int size) {
            return new Options(pushBatchSize, size, backoff, backgroundDownloads, referenceMaxAge);
        }
    }

    public SyncEngine(CentralApi api, CaseStore store, AttachmentFiles files, Optional<ReferenceCache> reference, Options options) {
        this.api = Objects.requireNonNull(api, "api");
        this.store = Objects.requireNonNull(store, "store");
        this.files = Objects.requireNonNull(files, "files");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.options = Objects.requireNonNull(options, "options");
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
            return Optional.of(new Run(listener).execute());
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
        return fetch(sha256, declaredSize, retrier);
    }

    private Path fetch(String sha256, long declaredSize, Retrier retrier) {
        Optional<Path> present = files.file(sha256);
        if (present.isPresent()) {
            return present.get();
        }
        long maxBytes = declaredSize >= 0 ? Math.min(declaredSize, Endpoints.MAX_ATTACHMENT_BYTES) : Endpoints.MAX_ATTACHMENT_BYTES;
        for (int round = 0; round < 2; round++) {
            try {
                long from = Math.min(files.partialLength(sha256), maxBytes);
                retrier.run("download", () -> api.downloadAttachment(sha256, from, maxBytes, files.sinkFor(sha256)));
            } catch (AnswerRefusedException e) {
                files.discardPart(sha256);
                throw e;
            }
            Optional<Path> done = files.complete(sha256);
            if (done.isPresent()) {
                return done.get();
            }
            // Hash mismatch: the bad part is gone; one clean retry from byte 0.
            LOG.warn("Attachment {} failed its hash check; downloading again", sha256.substring(0, 12));
        }
        throw new AnswerRefusedException(AnswerRefusedException.Reason.HASH_MISMATCH,
                "The attachment " + sha256.substring(0, 12) + " did not match its hash");
    }

    /** The state of one sync run. */
    private final class Run {
        private final SyncListener listener;
        private final Retrier retrier;
        private final long requestsAtStart = api.requestCount();
        private final long bytesAtStart = api.bytesReceived();
        private final long started = System.nanoTime();
        private int applied;
        private int duplicates;
        private int conflicts;
        private int rejected;
        private int toPush;
        private long pulled;
        private long removed;
        private long skipped;
        private int pages;
        private int downloaded;
        private int attachmentsFailed;
        /** Complaints asked for per page; halved when a page is over the client's byte budget. */
        private volatile int pageSize = options.pageSize();
        private long applyNanos;
        /** Attachments of open complaints to fetch after the pull, with their declared sizes. */
        private final Map<String, Long> wanted = new LinkedHashMap<>();

        Run(SyncListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            this.retrier = new Retrier(options.backoff(), ThreadLocalRandom.current(), cancelRequested::get, Thread::sleep);
        }

        SyncReport execute() {
            push();
            refreshReference();
            HeldRecordRetry.run(store, json, this::toModel);
            pull();
            downloadInBackground();
            // Sent actions do not pile up for ever: a week of them stays (KEEP_APPLIED), the rest goes.
            store.pruneApplied(KEEP_APPLIED);
            List<OutboxEntry> left = store.outbox();
            int quarantined = (int) left.stream()
                    .filter(e -> e.state() == OutboxState.CONFLICT || e.state() == OutboxState.REJECTED).count();
            emit(SyncPhase.DONE);
            SyncReport report = new SyncReport(applied, duplicates, conflicts, rejected, pulled, removed, skipped, pages,
                    downloaded, api.requestCount() - requestsAtStart, api.bytesReceived() - bytesAtStart,
                    left.size() - quarantined, quarantined, store.heldRecords().size(),
                    Duration.ofNanos(System.nanoTime() - started), attachmentsFailed);
            LOG.info("Sync done: applied {} (duplicates {}), conflicts {}, rejected {}, pulled {}, removed {}, pages {}, requests {}, {} ms ({} ms writing pages)",
                    applied, duplicates, conflicts, rejected, pulled, removed, pages, report.requests(), report.took().toMillis(),
                    applyNanos / 1_000_000);
            return report;
        }

        private void emit(SyncPhase phase) {
            listener.progress(new SyncProgress(phase, applied + conflicts + rejected, toPush, pulled, removed, pages,
                    api.bytesReceived() - bytesAtStart));
        }

        // ------------------------------------------------------------------ push

        private void push() {
            toPush = (int) store.outbox().stream()
                    .filter(e -> e.state() == OutboxState.PENDING || e.state() == OutboxState.SENDING).count();
            emit(SyncPhase.PUSH);
            while (true) {
                retrier.checkCancelled();
                List<OutboxEntry> heads = store.sendable(options.pushBatchSize());
                if (heads.isEmpty()) {
                    return;
                }
                int settledBefore = applied + conflicts + rejected;
                sendBatch(heads);
                emit(SyncPhase.PUSH);
                if (applied + conflicts + rejected == settledBefore) {
                    // Nothing moved (the store refused every transition): stop rather than spin.
                    LOG.warn("Push made no progress on {} actions; stopping this round", heads.size());
                    return;
                }
            }
        }

        private void sendBatch(List<OutboxEntry> heads) {
            List<OutboxEntry> ready = new ArrayList<>();
            for (OutboxEntry entry : heads) {
                store.markSending(entry.actionId());
                if (uploadAttachments(entry)) {
                    ready.add(entry);
                }
            }
            if (ready.isEmpty()) {
                return;
            }
            List<WireAction> wire = ready.stream()
                    .map(e -> WireMapper.toWire(e.actionId().toString(), e.complaintId(), e.baseVersion(), e.action()))
                    .toList();
            List<ActionResult> results;
            try {
                results = retrier.call("push", () -> api.pushActions(wire));
            } catch (ApiException e) {
                if (e.status() >= 400 && e.status() < 500 && e.status() != 401 && e.status() != 429 && ready.size() > 1) {
                    // One bad action must not sink its batch: send them one by one to find it.
                    ready.forEach(entry -> sendBatch(List.of(entry)));
                    return;
                }
                if (e.status() >= 400 && e.status() < 500 && e.status() != 401 && e.status() != 429) {
                    OutboxEntry only = ready.getFirst();
                    store.markRejected(only.actionId(), errorJson(ApiError.of(e.code(), e.getMessage())));
                    rejected++;
                    return;
                }
                ready.forEach(entry -> store.recordAttempt(entry.actionId(), e.getMessage()));
                throw e;
            } catch (CentralException e) {
                ready.forEach(entry -> store.recordAttempt(entry.actionId(), e.getMessage()));
                throw e;
            }
            List<Complaint> fresh = new ArrayList<>();
            List<HeldRecord.Incoming> held = new ArrayList<>();
            for (int i = 0; i < ready.size(); i++) {
                settle(ready.get(i), results.get(i), fresh, held);
            }
            if (!fresh.isEmpty() || !held.isEmpty()) {
                store.applyComplaints(fresh, held);
            }
        }

        private void settle(OutboxEntry entry, ActionResult result, List<Complaint> fresh, List<HeldRecord.Incoming> held) {
            if (result.outcome() == null || !entry.actionId().toString().equals(result.actionId())) {
                throw new TransportException("The server's results are not in the order of the request", null);
            }
            switch (result.outcome()) {
                case APPLIED, DUPLICATE -> {
                    long version = result.version() != null ? result.version() : entry.baseVersion();
                    if (store.markApplied(entry.actionId(), version)) {
                        applied++;
                        if (result.outcome() == id.penghubung.protocol.ActionOutcome.DUPLICATE) {
                            duplicates++;
                        }
                    }
                    accept(result.complaint(), fresh, held);
                }
                case CONFLICT -> {
                    // Keep the server's current complaint with the action: the officer compares and resends.
                    String answer = result.complaint() != null ? toJson(result.complaint()) : errorJson(result.error());
                    if (store.markConflict(entry.actionId(), answer)) {
                        conflicts++;
                    }
                    accept(result.complaint(), fresh, held);
                }
                case REJECTED -> {
                    if (store.markRejected(entry.actionId(), errorJson(result.error()))) {
                        rejected++;
                    }
                }
            }
        }

        private byte[] readAttachment(String sha) {
            try {
                return files.readAll(sha);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read the attachment to upload", e);
            }
        }

        /** Uploads the action's attachments first (idempotent by hash). False when one is missing or refused: the action is rejected locally. */
        private boolean uploadAttachments(OutboxEntry entry) {
            for (String sha : attachmentsOf(entry.action())) {
                if (files.uploaded(sha)) {
                    continue;
                }
                Optional<Path> file = files.file(sha);
                if (file.isEmpty()) {
                    // Known to the server already (e.g. a reporter's file) or lost locally: let the server judge.
                    continue;
                }
                try {
                    // Decrypted in memory (at most 25 MiB): the file on disk is ciphertext.
                    byte[] plain = readAttachment(sha);
                    retrier.run("upload", () -> api.uploadAttachment(sha, plain, files.mediaType(sha)));
                    files.markUploaded(sha);
                } catch (ApiException e) {
                    if (!e.retryable() && e.status() != 401) {
                        store.markRejected(entry.actionId(), errorJson(new ApiError(e.code(), e.getMessage(), Map.of("attachmentIds", sha))));
                        rejected++;
                        return false;
                    }
                    store.recordAttempt(entry.actionId(), e.getMessage());
                    throw e;
                } catch (CentralException e) {
                    store.recordAttempt(entry.actionId(), e.getMessage());
                    throw e;
                }
            }
            return true;
        }

        // ------------------------------------------------------------------ pull

        private void refreshReference() {
            reference.ifPresent(cache -> {
                if (cache.stale(options.referenceMaxAge())) {
                    retrier.run("reference", () -> cache.refresh(api));
                }
            });
        }

        /**
         * Pages are fetched one ahead: while page k is written to SQLite, page k+1 is already being
         * downloaded and parsed on a second thread (its cursor is known once page k is parsed). Only
         * the sync thread writes, in order, each page with its own cursor; a prefetched page that is
         * never applied (crash, cancel) is simply fetched again next time.
         */
        private void pull() {
            emit(SyncPhase.PULL);
            ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "penghubung-sync-fetch");
                t.setDaemon(true);
                return t;
            });
            try {
                Optional<String> cursor = store.cursor();
                Future<PageCollector> next = fetcher.submit(fetchTask(cursor));
                while (true) {
                    PageCollector page;
                    try {
                        page = await(next);
                    } catch (ApiException e) {
                        if (!INVALID_CURSOR.equals(e.code()) || cursor.isEmpty()) {
                            throw e;
                        }
                        // The server no longer knows our cursor (reset, restored from backup): start over;
                        // every complaint comes again at its latest version, harmlessly.
                        LOG.warn("The server refused the stored cursor; pulling everything again");
                        store.resetCursor();
                        cursor = Optional.empty();
                        next = fetcher.submit(fetchTask(cursor));
                        continue;
                    }
                    cursor = Optional.of(page.nextCursor);
                    next = page.hasMore ? fetcher.submit(fetchTask(cursor)) : null;
                    retrier.checkCancelled();
                    long applyStart = System.nanoTime();
                    store.applyPage(page.items, page.removedIds, page.held, page.nextCursor);
                    applyNanos += System.nanoTime() - applyStart;
                    pages++;
                    pulled += page.items.size();
                    removed += page.removedIds.size();
                    skipped += page.skipped;
                    page.attachments.forEach((sha, size) -> {
                        if (wanted.size() < options.backgroundDownloads()) {
                            wanted.putIfAbsent(sha, size);
                        }
                    });
                    listener.pageApplied(page.items.size(), page.removedIds.size());
                    emit(SyncPhase.PULL);
                    if (next == null) {
                        if (store.bulkLoading()) {
                            // A first full pull deferred the cache's secondary indexes: build them once, now.
                            store.optimize();
                        }
                        return;
                    }
                }
            } finally {
                fetcher.shutdownNow();
            }
        }

        private Callable<PageCollector> fetchTask(Optional<String> from) {
            return () -> {
                PageCollector page = new PageCollector();
                while (true) {
                    int asked = pageSize;
                    try {
                        retrier.run("changes", () -> {
                            page.reset();
                            api.changes(from, asked, page);
                        });
                        return page;
                    } catch (AnswerRefusedException e) {
                        if (e.reason() != AnswerRefusedException.Reason.TOO_LARGE || asked == 1) {
                            throw e;
                        }
                        // Large complaints, not a hostile server: fewer per page for the rest of this sync.
                        pageSize = Math.max(1, asked / 2);
                        LOG.warn("A page of {} complaints was over the byte budget; asking for {}", asked, pageSize);
                    }
                }
            };
        }

        private PageCollector await(Future<PageCollector> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncCancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException("Fetching a page failed", e.getCause());
            }
        }

        /** Collects one page on the fetch thread, converting each item as it is parsed so the wire objects die young. */
        private final class PageCollector implements PageConsumer {
            private List<Complaint> items = new ArrayList<>();
            private List<String> removedIds = new ArrayList<>();
            private Map<String, Long> attachments = new LinkedHashMap<>();
            private List<HeldRecord.Incoming> held = new ArrayList<>();
            private int skipped;
            private String nextCursor;
            private boolean hasMore;

            void reset() {
                items = new ArrayList<>();
                removedIds = new ArrayList<>();
                attachments = new LinkedHashMap<>();
                held = new ArrayList<>();
                skipped = 0;
            }

            @Override
            public void item(WireComplaint complaint) {
                Optional<Complaint> model = toModel(complaint);
                if (model.isEmpty()) {
                    skipped++;
                    return;
                }
                if (!accept(complaint, model.get(), items, held)) {
                    return;
                }
                if (!model.get().status().isClosed()) {
                    for (WireAttachment a : complaint.attachments()) {
                        attachments.putIfAbsent(a.sha256(), a.size());
                    }
                }
            }

            @Override
            public void removed(String complaintId) {
                removedIds.add(complaintId);
            }

            @Override
            public void complete(String cursor, boolean more) {
                nextCursor = cursor;
                hasMore = more;
            }
        }

        // ------------------------------------------------------------------ attachments

        private void downloadInBackground() {
            if (wanted.isEmpty()) {
                return;
            }
            emit(SyncPhase.ATTACHMENTS);
            for (Map.Entry<String, Long> want : wanted.entrySet()) {
                String sha = want.getKey();
                retrier.checkCancelled();
                if (files.file(sha).isPresent()) {
                    continue;
                }
                try {
                    fetch(sha, want.getValue(), retrier);
                    downloaded++;
                    emit(SyncPhase.ATTACHMENTS);
                } catch (ApiException | AnswerRefusedException e) {
                    if (e instanceof ApiException api && api.status() == 401) {
                        throw e;
                    }
                    // A missing, oversized or corrupt file must not fail the sync; on demand it is tried again.
                    attachmentsFailed++;
                    LOG.warn("Background download of {} given up: {}", sha.substring(0, 12), e.getMessage());
                }
            }
        }

        private void accept(WireComplaint wire, List<Complaint> into, List<HeldRecord.Incoming> held) {
            toModel(wire).ifPresent(model -> accept(wire, model, into, held));
        }

        /** Adds the complaint as the store will write it, or holds it aside (false) when the store cannot take it. */
        private boolean accept(WireComplaint wire, Complaint model, List<Complaint> into, List<HeldRecord.Incoming> held) {
            try {
                into.add(CaseStore.storable(model));
                return true;
            } catch (RowTooLargeException e) {
                // One record over the store's limits must not stop the pull: kept aside (sealed), reported.
                LOG.warn("Complaint {} held aside: {} over its limit", wire.id(), e.field());
                held.add(new HeldRecord.Incoming(model.id(), model.trackingId().toString(), model.version(),
                        HeldRecord.tooLong(e.field()), toJson(wire)));
                return false;
            }
        }

        private Optional<Complaint> toModel(WireComplaint wire) {
            if (wire == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(WireMapper.toModel(wire));
            } catch (RuntimeException e) {
                // Runs on the fetch thread; only logs. One malformed record must not stop the inbox from filling; only its id is logged.
                LOG.warn("Complaint {} skipped: {}", wire.id(), e.getMessage());
                return Optional.empty();
            }
        }
    }

    private static List<String> attachmentsOf(OfficerAction action) {
        return switch (action) {
            case Respond r -> r.attachmentShas();
            case Complete c -> c.attachmentShas();
            default -> List.of();
        };
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A protocol record could not be written as JSON", e);
        }
    }

    private String errorJson(ApiError error) {
        return toJson(error == null ? ApiError.of("UNKNOWN", "") : error);
    }
}
