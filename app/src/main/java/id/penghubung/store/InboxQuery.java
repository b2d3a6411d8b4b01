package id.penghubung.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A view, a filter and a sort, plus the two instants the deadline views need: {@code now} and
 * {@code soonThreshold} (the caller computes now + 2 working days with the calendar).
 */
public record InboxQuery(
        InboxView view, InboxFilter filter, InboxSort sort, boolean descending, Instant now, Instant soonThreshold) {

    public InboxQuery {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(soonThreshold, "soonThreshold");
    }

    /** The view, unfiltered, by deadline ascending. */
    public static InboxQuery of(InboxView view, Instant now, Instant soonThreshold) {
        return new InboxQuery(view, InboxFilter.NONE, InboxSort.DEADLINE, false, now, soonThreshold);
    }

    public InboxQuery withFilter(InboxFilter value) {
        return new InboxQuery(view, value, sort, descending, now, soonThreshold);
    }

    public InboxQuery withSort(InboxSort value, boolean desc) {
        return new InboxQuery(view, filter, value, desc, now, soonThreshold);
    }

    public InboxQuery withView(InboxView value) {
        return new InboxQuery(value, filter, sort, descending, now, soonThreshold);
    }
}
