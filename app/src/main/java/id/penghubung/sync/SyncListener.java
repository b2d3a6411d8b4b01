package id.penghubung.sync;

/**
 * Hears a sync's progress on the sync's own thread: an implementation must be quick and must hand
 * over to its toolkit's thread itself (the UI uses {@code Platform.runLater}).
 */
@FunctionalInterface
public interface SyncListener {
    void progress(SyncProgress progress);

    /** Called once after every applied page, so an inbox can refresh while a first sync is still running. */
    default void pageApplied(int itemCount, int removedCount) {
    }

    SyncListener NONE = progress -> { };
}
