package id.penghubung.store;

import id.penghubung.model.Channel;
import id.penghubung.model.Status;
import id.penghubung.model.TrackingId;
import java.time.Instant;
import java.util.Optional;

/** One line of the inbox table: only what the table shows, never the body or the reporter. */
public record InboxRow(
        String id,
        TrackingId trackingId,
        String title,
        String categoryName,
        Optional<String> unitName,
        Channel channel,
        Instant submittedAt,
        Optional<Instant> nextDueAt,
        Status status,
        boolean anonymous,
        boolean confidential,
        boolean hasDraft,
        int pendingActions,
        boolean conflict,
        String agencyName,
        String regency) {
}
