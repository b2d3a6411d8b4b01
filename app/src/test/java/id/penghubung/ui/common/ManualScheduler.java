package id.penghubung.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler whose time moves only when a test says so; due tasks run on the test's thread. */
public final class ManualScheduler implements Scheduler {
    private record Task(long dueNanos, long periodNanos, Runnable run, boolean[] cancelled) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long now;

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now + delay.toNanos(), 0, task, cancelled));
        return () -> cancelled[0] = true;
    }

    @Override
    public synchronized Cancellable every(Duration period, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now + period.toNanos(), period.toNanos(), task, cancelled));
        return () -> cancelled[0] = true;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    /** Moves time forward, running every task that falls due, in order. */
    public void advance(Duration by) {
        long end = now + by.toNanos();
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> !t.cancelled()[0] && t.dueNanos() <= end)
                        .min(Comparator.comparingLong(Task::dueNanos)).orElse(null);
                if (next == null) {
                    now = end;
                    tasks.removeIf(t -> t.cancelled()[0]);
                    return;
                }
                tasks.remove(next);
                now = next.dueNanos();
                if (next.periodNanos() > 0) {
                    tasks.add(new Task(now + next.periodNanos(), next.periodNanos(), next.run(), next.cancelled()));
                }
            }
            next.run().run();
        }
    }

    /** Tasks waiting (not cancelled). */
    public synchronized long pending() {
        return tasks.stream().filter(t -> !t.cancelled()[0]).count();
    }

    @Override
    public void close() {
        tasks.clear();
    }
}
