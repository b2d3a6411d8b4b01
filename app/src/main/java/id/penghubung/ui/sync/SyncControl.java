package id.penghubung.ui.sync;

import id.penghubung.model.TrackingId;
import id.penghubung.model.sla.MovedDeadline;
import id.penghubung.store.HeldRecord;
import id.penghubung.ui.position.PositionData;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The seam between the desk and the sync engine ({@code id.penghubung.sync}). The desk works on
 * the store alone; when a sync engine is wired in, it implements this. Every method may be called
 * from the FX thread and must return at once: the work happens on the engine's own threads, and
 * what it reports arrives through the listener, on any thread (the view model hops to the FX
 * thread itself).
 */
public interface SyncControl {
    /** The failure key of a run stopped for the password (after an offline sign-in, or an expired session). */
    String PASSWORD_NEEDED = "ui.sync.why.password";

    /**
     * Signs in to the server again with the password the officer typed, then syncs. Blocking (a
     * network round trip): call it off the FX thread. False on a wrong password.
     */
    default boolean reauthenticate(char[] password) {
        return false;
    }

    /**
     * The follow-ups the finished runs sent after the deadline they were written before (by tracking ID), since
     * the last call; LAPOR! counts them late. Empty when the desk has no sync.
     */
    default List<TrackingId> takeSentLate() {
        return List.of();
    }

    /**
     * The deadlines the server's new calendar or policy moved since the last call (issue 22), for the
     * desk's notice. Empty when the desk has no sync.
     */
    default List<MovedDeadline> takeMovedDeadlines() {
        return List.of();
    }

    /** Starts a pull + push now unless one is running; returns immediately. */
    void syncNow();

    /** The state right now (also sent to listeners on every change). */
    SyncStatus status();

    /** Registers a listener for status changes; the returned handle unregisters it. */
    Runnable onStatus(Consumer<SyncStatus> listener);

    /**
     * Present in the last week of the maximum offline period: the officer must sign in online before
     * this time, or the cache on this computer opens only after an online sign-in.
     */
    default Optional<Instant> signInOnlineBefore() {
        return Optional.empty();
    }

    /** The desk's "now": {@code base}, moved to the server's training clock when it runs one (issue 22). */
    default Clock deskClock(Clock base) {
        return base;
    }

    /** True when the server runs a training clock ({@code central --clock}): the status bar says so. */
    default boolean trainingClock() {
        return false;
    }

    /** "Posisi kami" (issue 18): the province indicators the server publishes; none without a server. */
    default PositionData position() {
        return PositionData.NONE;
    }

    /** When there is no server at all (before sign-in, or in tests): never online, nothing happens. */
    static SyncControl offline() {
        return new SyncControl() {
            @Override
            public void syncNow() {
                // Nothing to reach: the status bar keeps saying "offline".
            }

            @Override
            public SyncStatus status() {
                return SyncStatus.OFFLINE;
            }

            @Override
            public Runnable onStatus(Consumer<SyncStatus> listener) {
                return () -> { };
            }
        };
    }

    /**
     * Where a sync stands. {@code phase} is the engine's phase enum (shown by its {@code enum.*}
     * label, e.g. {@code id.penghubung.sync.SyncPhase}); {@code progress} is 0..1, or -1 when
     * unknown (indeterminate). {@code lastErrorKey} is a bundle key, e.g. for "server unreachable".
     * {@code newAssignments} counts complaints that became the officer's since the desk started;
     * {@code held} the pulled records the store holds aside (empty: none), for a notice;
     * {@code nextTryAt} when the desk tries again on its own after a failed run.
     */
    record SyncStatus(
            boolean online,
            boolean running,
            Optional<Enum<?>> phase,
            double progress,
            Optional<Instant> lastSuccessAt,
            Optional<String> lastErrorKey,
            int newAssignments,
            List<HeldRecord> held,
            Optional<Instant> nextTryAt) {
        public static final SyncStatus OFFLINE =
                new SyncStatus(false, false, Optional.empty(), 0, Optional.empty(), Optional.empty(), 0);

        public SyncStatus {
            held = List.copyOf(held);
        }

        public SyncStatus(boolean online, boolean running, Optional<Enum<?>> phase, double progress,
                Optional<Instant> lastSuccessAt, Optional<String> lastErrorKey, int newAssignments,
                List<HeldRecord> held) {
            this(online, running, phase, progress, lastSuccessAt, lastErrorKey, newAssignments, held, Optional.empty());
        }

        /** True when the last run stopped because the server wants the password again. */
        public boolean passwordNeeded() {
            return lastErrorKey.filter(PASSWORD_NEEDED::equals).isPresent();
        }

        public SyncStatus(boolean online, boolean running, Optional<Enum<?>> phase, double progress,
                Optional<Instant> lastSuccessAt, Optional<String> lastErrorKey, int newAssignments) {
            this(online, running, phase, progress, lastSuccessAt, lastErrorKey, newAssignments, List.of());
        }
    }
}
