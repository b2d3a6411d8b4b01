package id.penghubung.store;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the cache's write-ahead log back into the database file on a thread and connection of its
 * own, after each pulled page (docs/decisions/0008-background-checkpoint.md).
 *
 * <p>SQLite's automatic checkpoint runs inside the commit that crosses its threshold, so a pull's
 * writer stood still for each one (0.13–0.23 s per 80 MB of log during a first pull, measured). A
 * PASSIVE checkpoint from a second connection never waits for, nor blocks, the writer or a reader;
 * when it has copied everything, the writer's next transaction starts the log from the beginning
 * again, so it stays a few MB. The writer keeps its own automatic checkpoint as the backstop should
 * this one fall behind or fail. Durability is the same: the checkpoint syncs as the writer's would.
 */
final class WalCheckpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);

    private final Path file;
    private final ExecutorService worker;
    /** A pass is queued or running: further requests meanwhile are dropped (the next page asks again). */
    private final AtomicBoolean pending = new AtomicBoolean();
    /** Opened by the first pass; used on the worker thread only, closed after it ended. */
    private volatile Db db;
    private boolean failing;

    WalCheckpointer(Path file) {
        this.file = file;
        this.worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("cache-checkpoint").daemon().factory());
    }

    /** Asks for one PASSIVE checkpoint soon; returns at once. */
    void request() {
        if (pending.compareAndSet(false, true)) {
            try {
                worker.execute(this::pass);
            } catch (RejectedExecutionException e) {
                // Closing: the writer's own checkpoint at close takes over.
                pending.set(false);
            }
        }
    }

    private void pass() {
        try {
            if (db == null) {
                db = Db.checkpointer(file);
            }
            db.locked(() -> {
                db.exec("PRAGMA wal_checkpoint(PASSIVE)");
                return null;
            });
            if (failing) {
                LOG.info("Background checkpoint of {} works again", file.getFileName());
                failing = false;
            }
        } catch (StoreException e) {
            // Nothing is lost: the log keeps every commit, and the writer checkpoints by itself.
            if (!failing) {
                LOG.warn("Background checkpoint of {} failed ({}); the writer checkpoints instead",
                        file.getFileName(), e.messageKey(), e);
                failing = true;
            }
        } finally {
            pending.set(false);
        }
    }

    /** Waits until every pass asked for so far has run (for tests). */
    void awaitIdle() {
        Db.await(worker.submit(() -> null));
    }

    /** Waits for a running pass (a few ms) and closes the connection. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Background checkpoint still busy after 30 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }
}
