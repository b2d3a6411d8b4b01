package id.penghubung.ui.action;

import id.penghubung.model.ActionType;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.store.CaseStore;
import id.penghubung.store.Draft;
import id.penghubung.store.OutboxEntry;
import java.util.Optional;
import java.util.UUID;

/**
 * What the action form reads and writes in the cache, and nothing else (the narrow port its view
 * model depends on): the drafts of one complaint's actions, and the outbox an action enters.
 */
public interface ActionData {
    Optional<Draft> draft(String complaintId, ActionType kind);

    Draft saveDraft(String complaintId, ActionType kind, String text);

    boolean deleteDraft(String complaintId, ActionType kind);

    OutboxEntry enqueue(String complaintId, long baseVersion, OfficerAction action);

    /** An outbox entry as it stands now; empty once withdrawn, discarded or pruned. */
    Optional<OutboxEntry> outboxEntry(UUID actionId);

    /** The port over the account's case store. */
    static ActionData of(CaseStore store) {
        return new ActionData() {
            @Override
            public Optional<Draft> draft(String complaintId, ActionType kind) {
                return store.draft(complaintId, kind);
            }

            @Override
            public Draft saveDraft(String complaintId, ActionType kind, String text) {
                return store.saveDraft(complaintId, kind, text);
            }

            @Override
            public boolean deleteDraft(String complaintId, ActionType kind) {
                return store.deleteDraft(complaintId, kind);
            }

            @Override
            public OutboxEntry enqueue(String complaintId, long baseVersion, OfficerAction action) {
                return store.enqueue(complaintId, baseVersion, action);
            }

            @Override
            public Optional<OutboxEntry> outboxEntry(UUID actionId) {
                return store.outboxEntry(actionId);
            }
        };
    }
}
