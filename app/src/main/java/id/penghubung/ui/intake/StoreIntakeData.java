package id.penghubung.ui.intake;

import id.penghubung.model.action.Create;
import id.penghubung.store.CaseStore;
import id.penghubung.store.IntakeProbe;
import id.penghubung.store.SimilarCandidate;
import id.penghubung.store.SimilarComplaints;
import id.penghubung.store.crypto.FieldCipher;
import java.util.List;

/** {@link IntakeData} over the officer's store; the matcher opens on first use (no reporter hashes: the form has none). */
public final class StoreIntakeData implements IntakeData {
    private final CaseStore store;
    private SimilarComplaints matcher;

    public StoreIntakeData(CaseStore store) {
        this.store = store;
    }

    @Override
    public synchronized List<SimilarCandidate> similarTo(IntakeProbe probe, int limit) {
        if (matcher == null) {
            matcher = SimilarComplaints.open(store, FieldCipher.locked());
        }
        return matcher.similarTo(probe, limit);
    }

    @Override
    public void enqueue(String complaintId, Create create) {
        store.enqueue(complaintId, 0, create);
    }

    @Override
    public synchronized void release() {
        if (matcher != null) {
            matcher.close();
            matcher = null;
        }
    }
}
