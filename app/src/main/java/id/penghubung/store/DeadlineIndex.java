package id.penghubung.store;

import id.penghubung.model.Complaint;
import id.penghubung.model.sla.DeadlineCalculator;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells the store the next deadline of a complaint when it is written, so deadline views and sorting
 * are plain indexed SQL. The application wires the model's deadline calculator in; empty means no
 * running deadline (e.g. a closed complaint). Must be a pure function of the complaint (and the
 * calendar): after a calendar update call {@link CaseStore#reindexDeadlines()}.
 */
@FunctionalInterface
public interface DeadlineIndex {
    Optional<Instant> nextDueAt(Complaint complaint);

    /**
     * Names the rules (calendar, policy) the deadlines are computed under; the store recomputes its
     * stored deadlines at open when this differs from what they were computed with. Empty: names no
     * rules (a tool that does not care about deadlines), so opening with it recomputes nothing.
     */
    default String rulesFingerprint() {
        return "";
    }

    /**
     * The model's calculator of these same rules, which the store writes each complaint's facts with
     * (the dashboard's trends, {@link TrendFacts}) in the transaction that writes the complaint, and
     * rewrites them with when the deadlines are reindexed. Empty (the default): no facts are written,
     * and the trends walk the cache.
     */
    default Optional<DeadlineCalculator> factsCalculator() {
        return Optional.empty();
    }

    /** No deadlines at all: useful for tools and tests that do not care. */
    static DeadlineIndex none() {
        return complaint -> Optional.empty();
    }
}
