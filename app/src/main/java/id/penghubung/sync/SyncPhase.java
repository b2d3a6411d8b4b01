package id.penghubung.sync;

/** What a running sync is doing now; the UI shows it with {@code Messages.label(phase)}. */
public enum SyncPhase {
    PUSH,
    PULL,
    ATTACHMENTS,
    DONE
}
