package id.penghubung.ui.app;

import id.penghubung.model.TrackingId;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxSort;
import id.penghubung.store.InboxView;
import id.penghubung.ui.inbox.InboxData;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Notices complaints whose deadline has just turned red: those whose next deadline passed between
 * the previous look and this one (so a first sync full of old overdue complaints is not news). The
 * first look only sets the mark. Returns tracking IDs only: a notification never shows a
 * complaint's content, so a confidential report stays confidential on a shared screen.
 */
public final class DeadlineWatch {
    /** The most recently overdue rows looked at each time; more new ones at once are summarised. */
    static final int WINDOW = 200;

    private final InboxData data;
    private Instant lastLook;

    public DeadlineWatch(InboxData data) {
        this.data = Objects.requireNonNull(data);
    }

    /** Complaints that went overdue since the last call (empty on the first). Blocking: background thread. */
    public synchronized List<TrackingId> check(Instant now, Instant soonThreshold) {
        Instant since = lastLook;
        lastLook = now;
        if (since == null || !now.isAfter(since)) {
            return List.of();
        }
        InboxQuery q = InboxQuery.of(InboxView.OVERDUE, now, soonThreshold)
                .withSort(InboxSort.DEADLINE, true);
        return data.page(q, 0, WINDOW).stream()
                .filter(r -> r.nextDueAt().map(due -> due.isAfter(since) && !due.isAfter(now)).orElse(false))
                .map(InboxRow::trackingId)
                .toList();
    }
}
