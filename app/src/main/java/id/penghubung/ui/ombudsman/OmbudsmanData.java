package id.penghubung.ui.ombudsman;

import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.store.CachePage;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DuplicateFinder;
import id.penghubung.store.DuplicateGroup;
import id.penghubung.store.SimilarComplaints;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What the cross-institution view reads (its narrow port): the duplicate groups of the cache, complaints, every complaint once. */
public interface OmbudsmanData {
    List<DuplicateGroup> groups(DuplicateFinder.Progress progress);

    Optional<Complaint> byTrackingId(TrackingId trackingId);

    void forEach(Consumer<Complaint> each);

    /** The port over the account's case store (the matcher with the store's own key: the same reporter counts, by keyed hash). */
    static OmbudsmanData of(CaseStore store) {
        return new OmbudsmanData() {
            @Override
            public synchronized List<DuplicateGroup> groups(DuplicateFinder.Progress progress) {
                try (SimilarComplaints matcher = SimilarComplaints.open(store)) {
                    return matcher.duplicates(SimilarComplaints.MIN_SCORE, progress);
                }
            }

            @Override
            public Optional<Complaint> byTrackingId(TrackingId trackingId) {
                return store.byTrackingId(trackingId);
            }

            @Override
            public void forEach(Consumer<Complaint> each) {
                CachePage.Position at = CachePage.Position.START;
                while (true) {
                    CachePage page = store.complaintsAfter(at, 500);
                    page.complaints().forEach(each);
                    if (page.complaints().size() < 500) {
                        return; // a walk ends at the first page shorter than asked for
                    }
                    at = page.next();
                }
            }
        };
    }
}
