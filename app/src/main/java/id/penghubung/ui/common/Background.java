package id.penghubung.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's background threads: store and sync I/O never run on the FX thread. Two workers
 * because the machine may have two cores and SQLite serialises writes anyway; daemon threads so a
 * closed window never keeps the JVM alive.
 */
public final class Background implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    private final ExecutorService io;
    private final Scheduler scheduler;

    public Background() {
        this.io = Executors.newFixedThreadPool(2, named("penghubung-io"));
        this.scheduler = Scheduler.daemon();
    }

    /** Where view models run their store work. */
    public ExecutorService io() {
        return io;
    }

    /** Delays for debouncing and periodic refreshes. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /**
     * Daemon threads named {@code prefix-1, -2, …}. A task that fails without handling its own error
     * (a fire-and-forget read still queued when a desk closes at sign-out, its store already shut) is
     * logged here, once, instead of escaping as an uncaught exception of the whole program.
     */
    static ThreadFactory named(String prefix) {
        return Thread.ofPlatform().daemon().name(prefix + "-", 1)
                .uncaughtExceptionHandler((t, e) -> LOG.warn("A background task on {} failed: {}", t.getName(), e.toString(), e))
                .factory();
    }

    @Override
    public void close() {
        io.shutdown();
        scheduler.close();
        try {
            // Give a pending draft save a moment to land before the JVM goes.
            io.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
