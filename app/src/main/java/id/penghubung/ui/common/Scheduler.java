package id.penghubung.ui.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs something later; view models take one so tests can advance time by hand. */
public interface Scheduler extends AutoCloseable {
    /** Runs {@code task} once after {@code delay}, on a scheduler thread; the handle cancels it. */
    Cancellable schedule(Duration delay, Runnable task);

    /** Runs {@code task} every {@code period}, first after one period. */
    Cancellable every(Duration period, Runnable task);

    @Override
    void close();

    /** The scheduler's notion of now, in nanoseconds (a manual scheduler in tests moves it by hand). */
    default long nanoTime() {
        return System.nanoTime();
    }

    /** A cancellable pending task. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    /** The real one: one daemon thread. */
    static Scheduler daemon() {
        ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor(Background.named("penghubung-timer"));
        return new Scheduler() {
            @Override
            public Cancellable schedule(Duration delay, Runnable task) {
                ScheduledFuture<?> f = exec.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
                return () -> f.cancel(false);
            }

            @Override
            public Cancellable every(Duration period, Runnable task) {
                long nanos = period.toNanos();
                ScheduledFuture<?> f = exec.scheduleWithFixedDelay(task, nanos, nanos, TimeUnit.NANOSECONDS);
                return () -> f.cancel(false);
            }

            @Override
            public void close() {
                exec.shutdownNow();
            }
        };
    }
}
