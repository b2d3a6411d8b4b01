package id.penghubung.ui.lock;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.Scheduler;
import id.penghubung.ui.common.Settings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the desk locks and how it opens again. Locks on demand ({@link #lock()}: Ctrl+L, the lock
 * button) and after {@code idle} without a key or mouse event ({@link #activity()} from the
 * window's event filter). Locking first lets the desk save its pending draft (on the background
 * thread, before the key is dropped), then drops the key through {@link DeskLock}. Unlocking checks
 * the password in the background; a wrong one leaves the desk locked with a clear message, and from
 * the third wrong one in a row the next try waits ({@link #retryDelay(int)}: 1, 2, 4, 8, 16, then
 * 30 s), told to the officer, so a guesser at the unlocked-then-locked desk gets a few tries a minute.
 * All public methods are for the FX thread except {@link #activity()} (any thread).
 */
public final class LockViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LockViewModel.class);

    private final Messages messages;
    private final DeskLock lock;
    private final Scheduler scheduler;
    private final Executor background;
    private final Executor ui;
    /** The choices the desk offers for the idle time, in minutes (a settings file may hold another). */
    public static final List<Integer> IDLE_CHOICES_MINUTES = Settings.IDLE_LOCK_CHOICES_MINUTES;
    /** The longest wait between two unlock tries. */
    static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);

    private Duration idle;
    private Consumer<Duration> onIdleChanged = d -> { };
    private final SimpleBooleanProperty locked = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final SimpleStringProperty error = new SimpleStringProperty("");
    /** Who is signed in ("Masuk sebagai … (…)"): the lock screen says whose password opens it. */
    private final SimpleStringProperty officer = new SimpleStringProperty("");
    private final SimpleBooleanProperty waiting = new SimpleBooleanProperty(false);
    private int failures;
    private Duration retryWait = Duration.ZERO;
    private long retryAtNanos;
    private Scheduler.Cancellable waitTimer = () -> { };
    private volatile long lastActivity;
    private Scheduler.Cancellable timer = () -> { };
    private boolean active;
    private Supplier<Runnable> beforeLock = () -> () -> { };
    private Runnable afterUnlock = () -> { };

    public LockViewModel(Messages messages, DeskLock lock, Scheduler scheduler, Executor background, Executor ui,
            Duration idle) {
        this.messages = Objects.requireNonNull(messages);
        this.lock = Objects.requireNonNull(lock);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("idle must be positive: " + idle);
        }
        this.idle = idle;
    }

    /**
     * Called on the FX thread as the desk locks; returns the work to finish on the background
     * thread before the key goes (saving the pending draft). The desk hides its content meanwhile.
     */
    public void setBeforeLock(Supplier<Runnable> value) {
        beforeLock = Objects.requireNonNull(value);
    }

    /** Called on the FX thread after a successful unlock (re-read the shown complaint, resume autosave). */
    public void setAfterUnlock(Runnable value) {
        afterUnlock = Objects.requireNonNull(value);
    }

    /** Called on the FX thread when the officer picks another idle time (to keep it in the settings). */
    public void setOnIdleChanged(Consumer<Duration> value) {
        onIdleChanged = Objects.requireNonNull(value);
    }

    /** The officer picks another idle time; it counts from now. FX thread. */
    public void setIdle(Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("idle must be positive: " + value);
        }
        if (value.equals(idle)) {
            return;
        }
        idle = value;
        lastActivity = scheduler.nanoTime();
        if (active && !locked.get()) {
            arm(idle);
        }
        onIdleChanged.accept(value);
    }

    /** Starts the idle timer (the window is shown). */
    public void activate() {
        active = true;
        lastActivity = scheduler.nanoTime();
        if (!locked.get()) {
            arm(idle);
        }
    }

    /** Stops the idle timer (the window closes). */
    public void deactivate() {
        active = false;
        timer.cancel();
    }

    /** A key or mouse event on the window: the idle time starts again. Cheap; any thread. */
    public void activity() {
        lastActivity = scheduler.nanoTime();
    }

    private void arm(Duration delay) {
        timer.cancel();
        timer = scheduler.schedule(delay, () -> ui.execute(this::idleCheck));
    }

    private void idleCheck() {
        if (!active || locked.get()) {
            return;
        }
        long quiet = scheduler.nanoTime() - lastActivity;
        if (quiet >= idle.toNanos()) {
            LOG.info("Desk locked after {} idle", idle);
            lock();
        } else {
            arm(Duration.ofNanos(idle.toNanos() - quiet));
        }
    }

    /** Locks now: the content is hidden at once, the key dropped in the background after the draft is saved. */
    public void lock() {
        if (locked.get()) {
            return;
        }
        timer.cancel();
        error.set("");
        locked.set(true);
        Runnable finish = beforeLock.get();
        background.execute(() -> {
            try {
                finish.run();
            } finally {
                lock.lock();
            }
        });
    }

    /**
     * Tries the password (wiped here, after use). False when nothing was tried (empty, or a try is
     * running); the outcome lands in {@link #lockedProperty()} or {@link #errorProperty()}.
     */
    public boolean unlock(char[] password) {
        long left = retryAtNanos - scheduler.nanoTime();
        if (locked.get() && !busy.get() && left > 0) {
            Arrays.fill(password, '\0');
            long seconds = Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
            error.set(messages.get("ui.lock.waitBeforeRetry", seconds));
            return false;
        }
        if (!locked.get() || busy.get() || password.length == 0) {
            Arrays.fill(password, '\0');
            if (locked.get() && password.length == 0) {
                error.set(messages.get("ui.lock.passwordMissing"));
            }
            return false;
        }
        busy.set(true);
        error.set("");
        background.execute(() -> {
            boolean opened;
            try {
                opened = lock.unlock(password);
            } catch (RuntimeException e) {
                LOG.warn("Unlock failed: {}", e.toString());
                opened = false;
            } finally {
                Arrays.fill(password, '\0');
            }
            boolean ok = opened;
            ui.execute(() -> finishUnlock(ok));
        });
        return true;
    }

    private void finishUnlock(boolean opened) {
        busy.set(false);
        if (!opened) {
            failures++;
            retryWait = retryDelay(failures);
            if (retryWait.isZero()) {
                error.set(messages.get("ui.lock.wrongPassword"));
                return;
            }
            LOG.info("Unlock: {} wrong passwords in a row, next try in {}", failures, retryWait);
            retryAtNanos = scheduler.nanoTime() + retryWait.toNanos();
            waiting.set(true);
            error.set(messages.get("ui.lock.wrongPasswordWait", retryWait.toSeconds()));
            waitTimer.cancel();
            waitTimer = scheduler.schedule(retryWait, () -> ui.execute(() -> {
                waiting.set(false);
                if (locked.get()) {
                    error.set(messages.get("ui.lock.wrongPassword"));
                }
            }));
            return;
        }
        failures = 0;
        retryWait = Duration.ZERO;
        retryAtNanos = 0;
        locked.set(false);
        lastActivity = scheduler.nanoTime();
        if (active) {
            arm(idle);
        }
        afterUnlock.run();
    }

    /**
     * The wait before the next try after {@code failures} wrong passwords in a row: none for the
     * first two (a typo), then 1, 2, 4, 8, 16 s, then 30 s for every further one.
     */
    static Duration retryDelay(int failures) {
        if (failures < 3) {
            return Duration.ZERO;
        }
        int doubling = failures - 3;
        return doubling >= 5 ? MAX_RETRY_DELAY : Duration.ofSeconds(Math.min(MAX_RETRY_DELAY.toSeconds(), 1L << doubling));
    }

    /** The wait imposed by the latest wrong password (zero after a right one). */
    public Duration retryWait() {
        return retryWait;
    }

    /** True while the next try must wait; the unlock button is disabled meanwhile. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting;
    }

    public Duration idle() {
        return idle;
    }

    public Messages messages() {
        return messages;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Who is signed in, as the lock screen shows it; the desk sets it. */
    public StringProperty officerProperty() {
        return officer;
    }
}
