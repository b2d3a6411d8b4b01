package id.penghubung.ui.units;

import id.penghubung.model.action.OfficerAction;
import id.penghubung.store.CaseStore;

/** What the coordination pane writes in the cache, and nothing else: the outbox a unit's answer, reminder or withdrawal enters. */
@FunctionalInterface
public interface UnitsData {
    void enqueue(String complaintId, long baseVersion, OfficerAction action);

    /** The port over the account's case store. */
    static UnitsData of(CaseStore store) {
        return store::enqueue;
    }
}
