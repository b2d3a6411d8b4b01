package id.penghubung.store;

import java.util.List;
import java.util.Objects;

/**
 * A complaint that is likely about the same thing as another: its ids, a score in 0.0–1.0 (higher:
 * more likely) and the reasons, strongest first. Carries no complaint text and no identity.
 */
public record SimilarCandidate(String complaintId, String trackingId, double score, List<SimilarReason> reasons) {
    public SimilarCandidate {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(trackingId, "trackingId");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score out of 0..1: " + score);
        }
        reasons = List.copyOf(reasons);
    }
}
