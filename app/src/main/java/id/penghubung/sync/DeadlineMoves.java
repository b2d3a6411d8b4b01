package id.penghubung.sync;

import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.MovedDeadline;
import id.penghubung.model.sla.MovedDeadlines;
import id.penghubung.store.CachePage;
import id.penghubung.store.CaseStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which deadlines of a cache a change of rules moved (issue 22): a walk over every cached complaint,
 * each evaluated under the rules before and after ({@link MovedDeadlines}). Used after a holiday table
 * is imported ({@code penghubung calendar import}) and when the server publishes a new calendar or policy.
 */
public final class DeadlineMoves {
    private static final int PAGE = 500;

    private DeadlineMoves() {
    }

    /** The moved clocks, ordered by new due day, then tracking number. */
    public static List<MovedDeadline> in(CaseStore store, DeadlineCalculator before, DeadlineCalculator after, Instant now) {
        MovedDeadlines moves = new MovedDeadlines(before, after, now);
        List<MovedDeadline> moved = new ArrayList<>();
        CachePage.Position at = CachePage.Position.START;
        while (true) {
            CachePage page = store.complaintsAfter(at, PAGE);
            moved.addAll(moves.of(page.complaints()));
            if (page.complaints().size() < PAGE) {
                break;
            }
            at = page.next();
        }
        moved.sort((a, b) -> a.after().equals(b.after()) ? a.trackingId().compareTo(b.trackingId()) : a.after().compareTo(b.after()));
        return moved;
    }
}
