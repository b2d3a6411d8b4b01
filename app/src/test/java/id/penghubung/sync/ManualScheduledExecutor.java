package id.penghubung.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled executor whose time moves only when a test says so ({@link #advance}): a task handed
 * to {@link #execute} runs at once on the caller's thread, scheduled ones when time reaches them.
 */
final class ManualScheduledExecutor extends AbstractExecutorService implements ScheduledExecutorService {
    private final List<Job<?>> jobs = new ArrayList<>();
    private long now;
    private boolean shutdown;

    private final class Job<V> extends FutureTask<V> implements ScheduledFuture<V> {
        private long due;
        private final long period;

        Job(Callable<V> task, long due, long period) {
            super(task);
            this.due = due;
            this.period = period;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - now, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        /** Runs once; a periodic job that ran normally comes back one period later. */
        boolean fire() {
            if (period == 0) {
                run();
                return false;
            }
            if (runAndReset()) {
                due = now + period;
                return true;
            }
            return false;
        }
    }

    /** Moves time forward by {@code by}, running every task that falls due, in order of due time. */
    void advance(Duration by) {
        long end = now + by.toNanos();
        while (true) {
            Job<?> next;
            synchronized (this) {
                next = jobs.stream().filter(j -> !j.isCancelled() && j.due <= end)
                        .min(Comparator.comparingLong(j -> j.due)).orElse(null);
                if (next == null || shutdown) {
                    now = end;
                    return;
                }
                jobs.remove(next);
                now = next.due;
            }
            if (next.fire()) {
                synchronized (this) {
                    jobs.add(next);
                }
            }
        }
    }

    private synchronized <V> Job<V> add(Callable<V> task, long delay, long period, TimeUnit unit) {
        Job<V> job = new Job<>(task, now + unit.toNanos(Math.max(0, delay)), unit.toNanos(period));
        if (!shutdown) {
            jobs.add(job);
        }
        return job;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(Executors.callable(command), delay, 0, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(callable, delay, 0, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return add(Executors.callable(command), initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(Executors.callable(command), initialDelay, delay, unit);
    }

    @Override
    public void execute(Runnable command) {
        if (!isShutdown()) {
            command.run();
        }
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(jobs);
        jobs.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return isShutdown();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isShutdown();
    }
}
