package id.penghubung.store;

import java.util.List;
import java.util.Objects;

/**
 * Complaints that are likely the same issue: a stable id (from the lowest tracking ID in it), the
 * mean score of the links that joined it (0.0–1.0), and the tracking IDs in ascending order.
 */
public record DuplicateGroup(String groupId, double score, List<String> trackingIds) {
    public DuplicateGroup {
        Objects.requireNonNull(groupId, "groupId");
        trackingIds = List.copyOf(trackingIds);
        if (trackingIds.size() < 2) {
            throw new IllegalArgumentException("a group has at least two complaints");
        }
    }
}
