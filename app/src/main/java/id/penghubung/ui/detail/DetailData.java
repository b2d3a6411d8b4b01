package id.penghubung.ui.detail;

import id.penghubung.model.Complaint;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the detail pane reads and changes in the cache, and nothing else (the narrow port its view
 * model depends on, as {@code InboxData} is the inbox's): one complaint, its queued actions, and
 * withdrawing, resending or discarding one of them.
 */
public interface DetailData {
    Optional<Complaint> complaint(String id);

    List<OutboxEntry> outboxFor(String complaintId);

    boolean withdraw(UUID actionId);

    boolean resend(UUID actionId, long newBaseVersion);

    boolean discard(UUID actionId);

    /** The complaint as it was when the action was written (JSON), for the conflict view. */
    Optional<String> baseCopy(UUID actionId);

    /** The port over the account's case store. */
    static DetailData of(CaseStore store) {
        return new DetailData() {
            @Override
            public Optional<Complaint> complaint(String id) {
                return store.complaint(id);
            }

            @Override
            public List<OutboxEntry> outboxFor(String complaintId) {
                return store.outboxFor(complaintId);
            }

            @Override
            public boolean withdraw(UUID actionId) {
                return store.withdraw(actionId);
            }

            @Override
            public boolean resend(UUID actionId, long newBaseVersion) {
                return store.resend(actionId, newBaseVersion);
            }

            @Override
            public boolean discard(UUID actionId) {
                return store.discard(actionId);
            }

            @Override
            public Optional<String> baseCopy(UUID actionId) {
                return store.baseCopy(actionId);
            }
        };
    }
}
