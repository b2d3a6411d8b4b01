package id.penghubung.ui.common;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Coalesces bursts of calls: the task runs {@code delay} after the last call of a burst. When
 * nothing was triggered for a whole delay, the first call runs at once (leading edge), so a single
 * keystroke answers immediately while fast typing still costs one query per pause.
 */
public final class Debouncer {
    private final Scheduler scheduler;
    private final Duration delay;
    private final LongSupplier nanoClock;
    private Scheduler.Cancellable pending;
    private long lastTriggerNanos = Long.MIN_VALUE;

    public Debouncer(Scheduler scheduler, Duration delay, LongSupplier nanoClock) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    public Debouncer(Scheduler scheduler, Duration delay) {
        this(scheduler, delay, scheduler::nanoTime);
    }

    /** Asks for {@code task} to run; only the last task of a burst runs. */
    public synchronized void trigger(Runnable task) {
        long now = nanoClock.getAsLong();
        boolean idle = lastTriggerNanos == Long.MIN_VALUE || now - lastTriggerNanos >= delay.toNanos();
        lastTriggerNanos = now;
        cancel();
        if (idle) {
            task.run();
        } else {
            pending = scheduler.schedule(delay, task);
        }
    }

    /** Runs {@code task} after the delay, without the leading edge (autosave: never on the first key). */
    public synchronized void triggerTrailing(Runnable task) {
        lastTriggerNanos = nanoClock.getAsLong();
        cancel();
        pending = scheduler.schedule(delay, task);
    }

    public synchronized void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
