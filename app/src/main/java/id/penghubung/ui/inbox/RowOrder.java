package id.penghubung.ui.inbox;

import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxSort;
import java.time.Instant;
import java.util.Comparator;

/**
 * The table's sort applied to rows in memory, as the store's ORDER BY does it (no deadline last; the
 * complaint as tie-breaker), for search results, which the text index returns by relevance.
 */
final class RowOrder {
    private RowOrder() {
    }

    static Comparator<InboxRow> of(InboxSort sort, boolean descending) {
        Comparator<InboxRow> key = switch (sort) {
            case DEADLINE -> Comparator.comparing((InboxRow r) -> r.nextDueAt().orElse(Instant.MAX));
            case TRACKING_ID -> Comparator.comparing(InboxRow::trackingId);
            case SUBMITTED -> Comparator.comparing(InboxRow::submittedAt);
        };
        Comparator<InboxRow> order = key.thenComparing(InboxRow::id);
        return descending ? order.reversed() : order;
    }
}
