package id.penghubung.protocol;

import java.util.List;

/**
 * One page of {@code GET /api/v1/changes}: complaints at their latest version, ids of complaints
 * that left the caller's scope, the cursor to continue from, and whether more is waiting.
 */
public record ChangesPage(List<WireComplaint> items, List<String> removed, String nextCursor, boolean hasMore) {
    public ChangesPage {
        items = items == null ? List.of() : List.copyOf(items);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }
}
