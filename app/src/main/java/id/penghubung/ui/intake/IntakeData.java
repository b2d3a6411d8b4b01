package id.penghubung.ui.intake;

import id.penghubung.model.action.Create;
import id.penghubung.store.IntakeProbe;
import id.penghubung.store.SimilarCandidate;
import java.util.List;

/** What the intake form needs of the store; called on a background thread. */
public interface IntakeData {
    List<SimilarCandidate> similarTo(IntakeProbe probe, int limit);

    void enqueue(String complaintId, Create create);

    /** Lets go of the matcher. */
    void release();
}
