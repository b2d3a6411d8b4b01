package id.penghubung.ui.app;

import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.model.TrackingId;
import id.penghubung.ui.inbox.InboxData;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Notices complaints whose deadline has just turned red: it remembers which tracking IDs were
 * overdue at the last look and reports the new ones. The first look only learns (no flood of
 * notifications at start). Returns tracking IDs only: a notification never shows a complaint's
 * content, so a confidential report stays confidential on a shared screen.
 */
public final class DeadlineWatch {
    /** The most recently overdue rows looked at each time; more new ones at once are summarised. */
    static final int WINDOW = 200;

    private final InboxData data;
    private Set<TrackingId> known;

    public DeadlineWatch(InboxData data) {
        this.data = Objects.requireNonNull(data);
    }

    /** Newly overdue complaints since the last call (empty on the first). Blocking: background thread. */
    public synchronized List<TrackingId> check(Instant now, Instant soonThreshold) {
        InboxQuery q = InboxQuery.of(InboxView.OVERDUE, now, soonThreshold)
                .withSort(id.penghubung.store.InboxSort.DEADLINE, true);
        List<InboxRow> rows = data.page(q, 0, WINDOW);
        Set<TrackingId> current = new HashSet<>();
        rows.forEach(r -> current.add(r.trackingId()));
        List<TrackingId> fresh = known == null ? List.of()
                : rows.stream().map(InboxRow::trackingId).filter(t -> !known.contains(t)).toList();
        known = current;
        return fresh;
    }
}
