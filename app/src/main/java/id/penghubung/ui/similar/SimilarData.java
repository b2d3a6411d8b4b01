package id.penghubung.ui.similar;

import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.SimilarCandidate;
import id.penghubung.store.SimilarComplaints;
import java.util.List;
import java.util.Optional;

/**
 * What the "Pengaduan serupa" pane and the group answer read and write in the cache (their narrow
 * port): the matcher's candidates, complaints by id or tracking ID, the outbox.
 */
public interface SimilarData {
    /** Candidates for the complaint, best first (never itself); empty when it is not cached. */
    List<SimilarCandidate> similar(TrackingId trackingId, int limit);

    Optional<Complaint> complaint(String id);

    Optional<Complaint> byTrackingId(TrackingId trackingId);

    List<OutboxEntry> outboxFor(String complaintId);

    OutboxEntry enqueue(String complaintId, long baseVersion, OfficerAction action);

    /**
     * The port over the account's case store. The matcher is opened for each question and closed
     * after it (it is not thread-safe and holds a connection; questions are serialised here). It uses
     * the store's own key, so the same reporter counts as in the CLI (by keyed hash; while the desk is
     * locked, by the hashes made before).
     */
    static SimilarData of(CaseStore store) {
        return new SimilarData() {
            @Override
            public synchronized List<SimilarCandidate> similar(TrackingId trackingId, int limit) {
                try (SimilarComplaints matcher = SimilarComplaints.open(store)) {
                    return matcher.similar(trackingId, limit).orElse(List.of());
                }
            }

            @Override
            public Optional<Complaint> complaint(String id) {
                return store.complaint(id);
            }

            @Override
            public Optional<Complaint> byTrackingId(TrackingId trackingId) {
                return store.byTrackingId(trackingId);
            }

            @Override
            public List<OutboxEntry> outboxFor(String complaintId) {
                return store.outboxFor(complaintId);
            }

            @Override
            public OutboxEntry enqueue(String complaintId, long baseVersion, OfficerAction action) {
                return store.enqueue(complaintId, baseVersion, action);
            }
        };
    }
}
