package id.penghubung.sync;

import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The counters and progress of one sync run, shared by its rooms (push, pull, attachments); one thread writes them. */
final class SyncRun {
    final SyncListener listener;
    final Retrier retrier;
    private final CentralApi api;
    private final long requestsAtStart;
    private final long bytesAtStart;
    private final long started = System.nanoTime();
    int applied;
    int duplicates;
    int conflicts;
    int rejected;
    int toPush;
    long pulled;
    long removed;
    long skipped;
    int pages;
    int downloaded;
    int attachmentsFailed;
    long applyNanos;

    SyncRun(SyncListener listener, Retrier retrier, CentralApi api) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.retrier = Objects.requireNonNull(retrier, "retrier");
        this.api = Objects.requireNonNull(api, "api");
        this.requestsAtStart = api.requestCount();
        this.bytesAtStart = api.bytesReceived();
    }

    /** Actions the server has settled (applied, conflicting or rejected) so far in this run. */
    int settled() {
        return applied + conflicts + rejected;
    }

    void emit(SyncPhase phase) {
        listener.progress(new SyncProgress(phase, settled(), toPush, pulled, removed, pages, api.bytesReceived() - bytesAtStart));
    }

    /** The report of the finished run, with what is left in the store's outbox. */
    SyncReport report(CaseStore store) {
        List<OutboxEntry> left = store.outbox();
        int quarantined = (int) left.stream()
                .filter(e -> e.state() == OutboxState.CONFLICT || e.state() == OutboxState.REJECTED).count();
        return new SyncReport(applied, duplicates, conflicts, rejected, pulled, removed, skipped, pages,
                downloaded, api.requestCount() - requestsAtStart, api.bytesReceived() - bytesAtStart,
                left.size() - quarantined, quarantined, store.heldRecords().size(),
                Duration.ofNanos(System.nanoTime() - started), attachmentsFailed);
    }
}
