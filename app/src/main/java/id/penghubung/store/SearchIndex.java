package id.penghubung.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of the cached complaints, in its own SQLite file beside the cache
 * (docs/decisions/0007-search-index-file.md). SQLite has one writer per file; with the index in a
 * second file, a pull writes a page's rows on one core while this indexes the same page on the other.
 *
 * <p>The cache is the truth and the index follows it. Each cache write that changes complaints feeds
 * a {@link Batch}; the index's transaction commits only after the cache's did (it may finish while
 * the cache's writer goes on with the next page), and rolls back when the cache's failed. Both
 * record the same token of that write. Whatever breaks the step (a crash between the two commits, a
 * failed index write, a new or replaced index file) is repaired by {@link SearchIndexRows#catchUp}, which compares
 * the index with the cache complaint by complaint, before the index's next write.
 *
 * <p>The index holds tokens of titles, bodies and event texts, never reporter identity fields.
 */
final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** "PHSI": marks the file as our search index. */
    static final int APPLICATION_ID = 0x50485349;
    static final int VERSION = 1;
    /** Key of the write token: in the cache's sync_state and in the index's index_state. */
    static final String TOKEN = "search_token";

    /** FTS5's merge settings outside a first full pull (automerge as in SCHEMA, crisismerge FTS5's default). */
    static final int AUTOMERGE = 16;
    static final int CRISISMERGE = 16;
    /**
     * During a first full pull: no merging while pages land (each page stays its own segment; a
     * search over 200 of them measured p95 15 ms against 12 ms merged), until this many pile up on
     * one level. Far below FTS5's limit of 2,000 segments.
     */
    static final int BULK_CRISISMERGE = 500;
    /** Leaf pages merged per transaction while the cache rebuilds its indexes (~0.1 s each). */
    static final int MERGE_UNIT = 1_000;

    /** One complaint's searchable text, under the cache's rid. */
    record Doc(long rid, String id, long version, String tracking, String title, String body, String events) {
    }

    private final Path cacheFile;
    private final Consumer<Path> whenOpened;
    /** The index's connection and rows: opened by the first task on the index's thread ({@link #ready}), used there. */
    private volatile Db db;
    private SearchIndexRows rows;
    private final ExecutorService worker;
    /** True when the index may not follow the cache (new file, failed write): caught up before the next write. */
    private final AtomicBoolean behind = new AtomicBoolean();

    /** The index of {@code cacheFile}, opened (and caught up) at its first use; {@code whenOpened} is handed the file. */
    SearchIndex(Path cacheFile, Consumer<Path> whenOpened) {
        this.cacheFile = cacheFile;
        this.whenOpened = whenOpened;
        this.worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("search-index").daemon().factory());
    }

    /** The index file of a cache file: {@code cache.db} → {@code cache.db-search}. */
    static Path fileFor(Path cacheFile) {
        return SearchIndexFile.fileFor(cacheFile);
    }

    /** As {@link #SearchIndex(Path, Consumer)}, opened and brought up to the cache now ({@link SearchIndexFile#openOrReplace}). */
    static SearchIndex open(Path cacheFile, Consumer<Path> whenOpened) {
        SearchIndex index = new SearchIndex(cacheFile, whenOpened);
        try {
            index.catchUpNow();
            return index;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Opens the file on the index's thread when no task did yet (a search joins its tables on the reader). */
    void ensureOpen() {
        if (db == null) {
            Db.await(submit(() -> null));
        }
    }

    /** Runs a task on the index's thread, the file opened first. */
    private <T> Future<T> submit(Callable<T> task) {
        return worker.submit(() -> {
            ready();
            return task.call();
        });
    }

    /** On the index's thread, before any use of {@link #db}: opens the file once. */
    private void ready() {
        if (db == null) {
            SearchIndexFile.Opened opened = SearchIndexFile.openOrReplace(cacheFile, whenOpened);
            behind.compareAndSet(false, opened.created());
            rows = new SearchIndexRows(opened.db());
            db = opened.db();
        }
    }

    Path file() {
        return SearchIndexFile.fileFor(cacheFile);
    }

    /** Deletes the index files of a cache (they are rebuilt from the cache at the next open). */
    static void delete(Path cacheFile) {
        SearchIndexFile.delete(cacheFile);
    }

    /** A new batch for one cache write transaction. */
    Batch batch() {
        return new Batch();
    }

    /** Brings the index up to the cache now, on the index's thread, waiting for it. Returns how many were (re)indexed. */
    int catchUpNow() {
        return Db.await(submit(() -> db.locked(() -> {
            db.begin();
            try {
                int n = behind.get() || !rows.tokensAgree() ? rows.catchUp() : 0;
                db.exec("COMMIT");
                behind.set(false);
                return n;
            } catch (SQLException | RuntimeException e) {
                db.rollbackQuietly(e);
                throw e;
            }
        })));
    }

    /**
     * Ends a first full pull's deferral of merging (see {@link Batch#deferMerges}): restores the
     * usual merge settings, then merges segments one unit per transaction for as long as
     * {@code keepGoing} holds and there is merging left to do — the cache meanwhile rebuilds its own
     * deferred indexes on the other core. Whatever is left is merged by later writes, as usual.
     * Never fails: a failure is logged and the next write merges as usual. Returns the future of
     * this work, on the index's thread.
     */
    Future<?> resumeMerging(BooleanSupplier keepGoing) {
        return submit(() -> {
            try {
                if (db.locked(() -> rows.setting("automerge")) != AUTOMERGE) {
                    db.tx(() -> {
                        rows.setMerging(AUTOMERGE, CRISISMERGE);
                        return null;
                    });
                }
                while (keepGoing.getAsBoolean() && db.tx(rows::mergeUnit)) {
                    // one unit per transaction, so a search or the next pull waits for at most one
                }
            } catch (RuntimeException e) {
                LOG.warn("Search index merge after a first pull failed; later writes merge instead", e);
            }
            return null;
        });
    }

    /** Test hook: an FTS5 setting as stored, read on the index's thread. */
    int settingForTest(String key) {
        return Db.await(submit(() -> db.locked(() -> rows.setting(key))));
    }

    /** Runs PRAGMA quick_check and FTS5's own check on the index file; empty when sound. */
    List<String> integrityProblems() {
        return Db.await(submit(() -> db.locked(rows::integrityProblems)));
    }

    /** Test hook: runs a statement on the index's connection, on its thread (e.g. PRAGMA max_page_count). */
    void execForTest(String sql) {
        Db.await(submit(() -> db.locked(() -> {
            db.exec(sql);
            return null;
        })));
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Search index writer still busy after 30 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    private sealed interface Op permits Put, Remove, DeferMerges, Commit, Abandon {
    }

    private record DeferMerges() implements Op { }

    private record Put(Doc doc) implements Op { }

    private record Remove(long rid) implements Op { }

    private record Commit(String token) implements Op { }

    private record Abandon() implements Op { }

    /**
     * The index side of one cache write transaction. The cache's writer feeds it as it writes
     * ({@link #put}, {@link #remove}); the index thread writes the same changes meanwhile, in its own
     * transaction, which {@link #commit} ends once the cache's has committed and {@link #abandon}
     * rolls back when it failed. Exactly one of the two must follow any put or remove.
     */
    final class Batch {
        private final String token = UUID.randomUUID().toString();
        private final BlockingQueue<Op> ops = new LinkedBlockingQueue<>();
        private Future<?> running;

        /** The token the cache's transaction records beside its changes (once anything was fed). */
        String token() {
            return token;
        }

        boolean started() {
            return running != null;
        }

        void put(Doc doc) {
            start();
            ops.add(new Put(doc));
        }

        void remove(long rid) {
            start();
            ops.add(new Remove(rid));
        }

        /**
         * A first full pull begins: the index stops merging its segments until
         * {@link SearchIndex#resumeMerging} (FTS5 otherwise rewrites each page about once more while
         * the pull goes on: ~1 s of the second core per 100,000 complaints, measured).
         */
        void deferMerges() {
            start();
            ops.add(new DeferMerges());
        }

        private void start() {
            if (running == null) {
                running = submit(this::run);
            }
        }

        /** The cache committed: the index commits this batch too, on its own thread (see {@link #awaitDone}). */
        void commit() {
            if (running != null) {
                ops.add(new Commit(token));
            }
        }

        /** The cache's transaction failed: the index forgets this batch. */
        void abandon() {
            if (running != null) {
                ops.add(new Abandon());
            }
        }

        /**
         * Waits until this batch is committed or rolled back (after {@link #commit} or {@link #abandon}).
         * A failed index write does not undo the cache's: it was logged and the index catches up
         * before its next write.
         */
        void awaitDone() {
            if (running == null) {
                return;
            }
            try {
                running.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("store.error.interrupted", e);
            } catch (ExecutionException e) {
                // run() handles its own failures; anything else is a bug worth surfacing.
                throw new IllegalStateException("search index batch failed unexpectedly", e.getCause());
            }
        }

        private Void run() {
            return db.locked(() -> {
                db.begin();
                try {
                    boolean caughtUp = behind.get();
                    if (caughtUp) {
                        rows.catchUp();
                    }
                    while (true) {
                        Op op = ops.take();
                        switch (op) {
                            case Put p -> rows.index(p.doc());
                            case Remove r -> rows.unindex(r.rid());
                            case DeferMerges d -> rows.setMerging(0, BULK_CRISISMERGE);
                            case Commit c -> {
                                rows.setToken(c.token());
                                db.exec("COMMIT");
                                if (caughtUp) {
                                    behind.set(false);
                                }
                                return null;
                            }
                            case Abandon a -> {
                                db.exec("ROLLBACK");
                                return null;
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed(e);
                    return null;
                } catch (SQLException | RuntimeException e) {
                    // What the cache's writer still feeds stays unread in the queue.
                    failed(e);
                    return null;
                }
            });
        }

        private void failed(Exception e) {
            db.rollbackQuietly(e);
            behind.set(true);
            LOG.warn("Search index write failed; it catches up with the cache before its next write", e);
        }
    }
}
