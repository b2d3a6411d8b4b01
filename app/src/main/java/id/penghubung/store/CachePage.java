package id.penghubung.store;

import id.penghubung.model.Complaint;
import java.util.List;

/**
 * One page of a walk over every cached complaint in the cache's own order ({@link CaseStore#complaintsAfter}):
 * the complaints and where the next page starts. A walk ends at the first page shorter than asked for.
 */
public record CachePage(List<Complaint> complaints, Position next) {
    public CachePage {
        complaints = List.copyOf(complaints);
    }

    /** Where a walk stands; opaque to callers. A walk begins at {@link #START}. */
    public record Position(long afterRid) {
        public static final Position START = new Position(0);
    }
}
