package id.penghubung.ui.common;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A damaged cache noticed while the desk is open (a read or a sync fails mid-session): the failure reaches the
 * officer through {@link OfficerText}, which passes it here, so whichever view met it, the one place that can
 * offer the rebuild (the signed-in application) hears of it. Without a watcher (the command line, the sign-in
 * screen) nothing happens beyond the officer text.
 */
public final class CacheDamage {
    private static final AtomicReference<Runnable> WATCHER = new AtomicReference<>();

    private CacheDamage() {
    }

    /**
     * {@code onDamage} runs (on the thread that met the failure) each time a damaged cache is noticed, until the
     * returned stop runs; one watcher at a time, the signed-in desk's.
     */
    public static Runnable watch(Runnable onDamage) {
        Objects.requireNonNull(onDamage, "onDamage");
        WATCHER.set(onDamage);
        return () -> WATCHER.compareAndSet(onDamage, null);
    }

    /** Tells the watcher when {@code failure} means the cache is damaged; true when it does. */
    public static boolean check(Throwable failure) {
        if (failure == null || !OfficerText.isDamagedCache(failure)) {
            return false;
        }
        Runnable watcher = WATCHER.get();
        if (watcher != null) {
            watcher.run();
        }
        return true;
    }
}
