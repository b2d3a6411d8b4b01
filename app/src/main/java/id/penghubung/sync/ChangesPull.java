package id.penghubung.sync;

import id.penghubung.model.Complaint;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.store.CaseStore;
import id.penghubung.store.CheckedComplaint;
import id.penghubung.store.HeldRecord;
import id.penghubung.store.PulledPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
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
    /** Pages fetched and waiting for the writer, at most. */
    private static final int AHEAD = 2;
    /** Waiting pages written in one transaction, at most. */
    private static final int MAX_GROUP = 3;

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
     * Pages are fetched ahead on a second thread, at most {@link #AHEAD} waiting for the writer (so
     * the heap stays bounded): while pages are written to SQLite, the next ones are downloaded,
     * parsed and checked (each page's cursor asks for the next). Only the sync thread writes, in
     * order: the page it waited for and those already waiting behind it, up to {@link #MAX_GROUP}, in
     * one transaction with the last one's cursor, so a writer that fell behind catches up with fewer
     * commits, and the first page still lands alone. A fetched page that is never applied (crash,
     * cancel) is simply fetched again next time.
     */
    void pull() {
        run.emit(SyncPhase.PULL);
        Optional<String> cursor = store.cursor();
        Fetcher fetcher = new Fetcher(cursor);
        try {
            while (true) {
                List<PageCollector> group;
                try {
                    group = fetcher.next();
                } catch (ApiException e) {
                    if (!INVALID_CURSOR.equals(e.code()) || fetcher.askedWith().isEmpty()) {
                        throw e;
                    }
                    // The server no longer knows our cursor (reset, restored from backup): start over;
                    // every complaint comes again at its latest version, harmlessly.
                    LOG.warn("The server refused the stored cursor; pulling everything again");
                    store.resetCursor();
                    fetcher.close();
                    fetcher = new Fetcher(Optional.empty());
                    continue;
                }
                run.retrier.checkCancelled();
                long applyStart = System.nanoTime();
                store.applyCheckedPages(group.stream().map(PageCollector::pulled).toList());
                run.applyNanos += System.nanoTime() - applyStart;
                for (PageCollector page : group) {
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
                }
                run.emit(SyncPhase.PULL);
                if (!group.getLast().hasMore) {
                    if (store.bulkLoading()) {
                        // A first full pull deferred the cache's secondary indexes: build them once, now.
                        store.optimize();
                    }
                    return;
                }
            }
        } finally {
            fetcher.close();
        }
    }

    /** Pages fetched ahead of the writer; at most {@link #AHEAD} wait. */
    private final class Fetcher implements AutoCloseable {
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        private final Thread thread;
        /** The cursor of the request whose failure the writer is handling (or of the first request). */
        private volatile Optional<String> askedWith;
        private volatile boolean closed;
        /** A failure met while gathering a group, handed over at the next call. */
        private Failure pending;

        Fetcher(Optional<String> from) {
            askedWith = from;
            thread = Thread.ofPlatform().name("penghubung-sync-fetch").daemon().start(() -> fetchAll(from));
        }

        Optional<String> askedWith() {
            return askedWith;
        }

        private void fetchAll(Optional<String> from) {
            Optional<String> cursor = from;
            try {
                while (true) {
                    PageCollector page;
                    try {
                        page = fetch(cursor);
                    } catch (RuntimeException | Error e) {
                        hand(new Failure(e, cursor));
                        return;
                    }
                    if (!hand(page) || !page.hasMore) {
                        return;
                    }
                    cursor = Optional.of(page.nextCursor);
                }
            } catch (InterruptedException e) {
                // The writer stopped (done, failed or cancelled): nothing more is wanted.
            }
        }

        /** Queues a page or failure for the writer; false once the writer stopped wanting them. */
        private boolean hand(Object item) throws InterruptedException {
            // Timed: an interrupt swallowed by the HTTP client must not leave this thread waiting for ever.
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return false;
                }
            }
            return true;
        }

        /** The next page (waiting for it), and those already waiting behind it, up to {@link #MAX_GROUP}, in order. */
        List<PageCollector> next() {
            List<PageCollector> group = new ArrayList<>();
            Object item = pending != null ? pending : take();
            pending = null;
            while (true) {
                if (item instanceof Failure failure) {
                    if (!group.isEmpty()) {
                        pending = failure; // the pages before it are written first
                        return group;
                    }
                    askedWith = failure.cursor();
                    throw failure.unchecked();
                }
                PageCollector page = (PageCollector) item;
                group.add(page);
                if (!page.hasMore || group.size() >= MAX_GROUP) {
                    return group;
                }
                item = queue.poll();
                if (item == null) {
                    return group;
                }
            }
        }

        private Object take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncCancelledException();
            }
        }

        @Override
        public void close() {
            closed = true;
            thread.interrupt();
        }
    }

    /** A fetch that failed, with the cursor it asked with. */
    private record Failure(Throwable error, Optional<String> cursor) {
        RuntimeException unchecked() {
            if (error instanceof Error e) {
                throw e;
            }
            return (RuntimeException) error;
        }
    }

    private PageCollector fetch(Optional<String> from) {
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
    }

    /** Collects one page on the fetch thread, converting each item as it is parsed so the wire objects die young. */
    private final class PageCollector implements PageConsumer {
        /** Checked here, on the fetch thread, so the writer does not check them again. */
        private List<CheckedComplaint> items = new ArrayList<>();
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
            Optional<CheckedComplaint> checked = incoming.check(complaint, model.get(), held);
            if (checked.isEmpty()) {
                return;
            }
            // Its dashboard facts computed here, on the fetch thread: the writer, the pull's bound, only stores them.
            items.add(store.withFacts(checked.get()));
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

        PulledPage pulled() {
            return new PulledPage(items, removedIds, held, nextCursor);
        }

        @Override
        public void complete(String cursor, boolean more) {
            nextCursor = cursor;
            hasMore = more;
        }
    }
}
