package id.penghubung.store;

import java.util.List;
import java.util.Objects;

/**
 * One page of a pull, checked on the fetch thread: its complaints ({@link CaseStore#checked}), the ids
 * the server removed, the records held aside and the cursor after it ({@link CaseStore#applyCheckedPages}).
 */
public record PulledPage(List<CheckedComplaint> items, List<String> removedIds, List<HeldRecord.Incoming> held,
        String nextCursor) {
    public PulledPage {
        items = List.copyOf(items);
        removedIds = List.copyOf(removedIds);
        held = List.copyOf(held);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
