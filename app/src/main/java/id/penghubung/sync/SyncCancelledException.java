package id.penghubung.sync;

/** The officer (or the application closing) cancelled the sync; what was done so far is kept. */
public final class SyncCancelledException extends RuntimeException {
    public SyncCancelledException() {
        super("Sync cancelled");
    }
}
