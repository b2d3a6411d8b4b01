package id.penghubung.sync;

/**
 * A progress event. {@code pushed}/{@code toPush} count actions (applied or settled) in this sync;
 * {@code pulled} complaints received so far and {@code removed} complaints that left the scope;
 * {@code pages} pages applied; {@code bytes} response and attachment bytes received so far.
 */
public record SyncProgress(SyncPhase phase, int pushed, int toPush, long pulled, long removed, int pages, long bytes) {
}
