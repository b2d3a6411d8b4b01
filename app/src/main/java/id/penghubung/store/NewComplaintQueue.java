package id.penghubung.store;

import id.penghubung.model.action.OfficerAction;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Many new complaints (CREATE actions, e.g. a register's rows) queued in the outbox together: one
 * transaction per call, so a chunk of rows costs one commit instead of one each, and a failure leaves
 * none of the chunk half written. A complaint id already in the outbox or the cache is skipped, which
 * makes an interrupted import resumable without doubles.
 */
public final class NewComplaintQueue {
    private final CaseStore store;

    public NewComplaintQueue(CaseStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Queues each (complaint id, CREATE) not yet known; per row in order, whether it was queued now. */
    public List<Boolean> enqueue(List<Map.Entry<String, OfficerAction>> rows) {
        return store.outbox.enqueueNew(List.copyOf(rows));
    }
}
