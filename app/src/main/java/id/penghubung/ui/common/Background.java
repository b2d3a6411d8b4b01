package id.penghubung.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The desk's background threads: store and sync I/O never run on the FX thread. Two workers
 * because the machine may have two cores and SQLite serialises writes anyway; daemon threads so a
 * closed window never keeps the JVM alive.
 */
public final class Background implements AutoCloseable {
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

    static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
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
