package id.penghubung.sync;

import java.time.Duration;

/**
 * What one sync did. {@code applied} counts actions the server applied in this sync (a
 * {@code DUPLICATE} answer, i.e. applied earlier but the answer was lost, included, and also counted
 * in {@code duplicates}); {@code conflicts}/{@code rejected} actions newly quarantined;
 * {@code pulled} complaints received, {@code removed} that left the scope, {@code skipped} that the
 * model refused; {@code pendingLeft} actions still waiting (e.g. orphaned), {@code quarantined} the
 * outbox entries in CONFLICT/REJECTED now; {@code held} the pulled records the store holds aside now
 * (a field over its limit: reported to the officer, retried by the next build, see
 * {@code CaseStore.heldRecords}); {@code attachmentsFailed} background downloads given up
 * in this sync (not on the server, too large, or not matching their hash: logged, tried again on demand).
 */
public record SyncReport(
        int applied,
        int duplicates,
        int conflicts,
        int rejected,
        long pulled,
        long removed,
        long skipped,
        int pages,
        int downloaded,
        long requests,
        long bytes,
        int pendingLeft,
        int quarantined,
        int held,
        Duration took,
        int attachmentsFailed) {

    /** True when nothing waits to be sent: every remaining outbox entry is a recorded conflict or rejection. */
    public boolean outboxSettled() {
        return pendingLeft == 0;
    }
}
