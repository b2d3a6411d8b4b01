package id.penghubung.sync;

import id.penghubung.model.Complaint;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.store.CaseStore;
import id.penghubung.store.HeldRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pull room of a sync run: reference data when stale, then changes from the stored cursor page
 * by page. The training server delivers changes in change-sequence order, so a first sync fills the
 * inbox page by page (each page committed with its cursor, the inbox usable at once); the protocol
 * has no "urgent first" parameter, so none is asked for.
 */
final class ChangesPull {
    private static final Logger LOG = LoggerFactory.getLogger(ChangesPull.class);
    private static final String INVALID_CURSOR = "INVALID_CURSOR";

    private final CentralApi api;
    private final CaseStore store;
    private final IncomingComplaints incoming;
    private final SyncRun run;
    private final int backgroundDownloads;
    /** Complaints asked for per page; halved when a page is over the client's byte budget. */
    private volatile int pageSize;
    /** Attachments of open complaints to fetch after the pull, with their declared sizes. */
    private final Map<String, Long> wanted = new LinkedHashMap<>();

    ChangesPull(CentralApi api, CaseStore store, IncomingComplaints incoming, SyncEngine.Options options, SyncRun run) {
        this.api = api;
        this.store = store;
        this.incoming = incoming;
        this.run = run;
        this.pageSize = options.pageSize();
        this.backgroundDownloads = options.backgroundDownloads();
    }

    static void refreshReference(CentralApi api, Optional<ReferenceCache> reference, Duration maxAge, Retrier retrier) {
        reference.ifPresent(cache -> {
            if (cache.stale(maxAge)) {
                retrier.run("reference", () -> cache.refresh(api));
            }
        });
    }

    /** Attachments of open complaints seen in this pull (at most the background budget), with their declared sizes. */
    Map<String, Long> wanted() {
        return wanted;
    }

    /**
     * Pages are fetched one ahead: while page k is written to SQLite, page k+1 is already being
     * downloaded and parsed on a second thread (its cursor is known once page k is parsed). Only
     * the sync thread writes, in order, each page with its own cursor; a prefetched page that is
     * never applied (crash, cancel) is simply fetched again next time.
     */
    void pull() {
        run.emit(SyncPhase.PULL);
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
                run.retrier.checkCancelled();
                long applyStart = System.nanoTime();
                store.applyPage(page.items, page.removedIds, page.held, page.nextCursor);
                run.applyNanos += System.nanoTime() - applyStart;
                run.pages++;
                run.pulled += page.items.size();
                run.removed += page.removedIds.size();
                run.skipped += page.skipped;
                page.attachments.forEach((sha, size) -> {
                    if (wanted.size() < backgroundDownloads) {
                        wanted.putIfAbsent(sha, size);
                    }
                });
                run.listener.pageApplied(page.items.size(), page.removedIds.size());
                run.emit(SyncPhase.PULL);
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
                    run.retrier.run("changes", () -> {
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

    private static PageCollector await(Future<PageCollector> future) {
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
            Optional<Complaint> model = incoming.toModel(complaint);
            if (model.isEmpty()) {
                skipped++;
                return;
            }
            if (!incoming.accept(complaint, model.get(), items, held)) {
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
}
