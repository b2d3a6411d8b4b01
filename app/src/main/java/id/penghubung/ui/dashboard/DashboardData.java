package id.penghubung.ui.dashboard;

import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.InboxView;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the dashboard reads from the cache, and nothing else (the narrow port its view model
 * depends on): counts by status, the busiest categories and units, and the complaints whose
 * clocks stopped in a month, and the sidebar's counts.
 */
public interface DashboardData {
    Map<Status, Integer> countsByStatus();

    List<DashboardQueries.Bucket> byCategory(int limit);

    List<DashboardQueries.Bucket> byUnit(int limit);

    List<String> complaintsWithEventsBetween(Instant from, Instant to, List<String> eventTypes, int limit);

    Optional<Complaint> complaint(String id);

    /**
     * The complaints of {@link #complaintsWithEventsBetween}, as far as the deadline calculator reads them;
     * by default each read whole.
     */
    default List<Complaint> clocksWithEventsBetween(Instant from, Instant to, List<String> eventTypes, int limit) {
        return complaintsWithEventsBetween(from, to, eventTypes, limit).stream().map(this::complaint)
                .flatMap(Optional::stream).toList();
    }

    /**
     * The month's met/missed tile from the verdicts the store keeps with each complaint's facts; empty (the
     * default) when it cannot answer for every complaint of the month: the view model then judges the
     * complaints of {@link #clocksWithEventsBetween} itself.
     */
    default Optional<DashboardQueries.MetMissed> stoppedClocks(Instant from, Instant to, List<String> eventTypes) {
        return Optional.empty();
    }

    /** Complaints by district, most first (the hot spots). */
    List<DashboardQueries.Place> byDistrict(int limit);

    /** The running deadlines of the complaints the sidebar counts as overdue at {@code now}. */
    List<Instant> overdueDeadlines(Instant now);

    /**
     * The sidebar's counts at {@code now} ({@code soon}: the due-soon horizon), for one truth: at least
     * {@link InboxView#OVERDUE} and {@link InboxView#DUE_SOON}, by the sidebar's own SQL.
     */
    Map<InboxView, Integer> counts(Instant now, Instant soon);

    /** The port over the account's case store and its aggregate queries. */
    static DashboardData of(CaseStore store, DashboardQueries queries) {
        return new DashboardData() {
            @Override
            public Map<Status, Integer> countsByStatus() {
                return queries.countsByStatus();
            }

            @Override
            public List<DashboardQueries.Bucket> byCategory(int limit) {
                return queries.byCategory(limit);
            }

            @Override
            public List<DashboardQueries.Bucket> byUnit(int limit) {
                return queries.byUnit(limit);
            }

            @Override
            public List<String> complaintsWithEventsBetween(Instant from, Instant to, List<String> eventTypes,
                    int limit) {
                return queries.complaintsWithEventsBetween(from, to, eventTypes, limit);
            }

            @Override
            public Optional<Complaint> complaint(String id) {
                return store.complaint(id);
            }

            @Override
            public List<Complaint> clocksWithEventsBetween(Instant from, Instant to, List<String> eventTypes, int limit) {
                return queries.clocksWithEventsBetween(from, to, eventTypes, limit);
            }

            @Override
            public Optional<DashboardQueries.MetMissed> stoppedClocks(Instant from, Instant to, List<String> eventTypes) {
                return queries.stoppedClocks(from, to, eventTypes);
            }

            @Override
            public List<DashboardQueries.Place> byDistrict(int limit) {
                return queries.byDistrict(limit);
            }

            @Override
            public List<Instant> overdueDeadlines(Instant now) {
                return queries.overdueDeadlines(now);
            }

            @Override
            public Map<InboxView, Integer> counts(Instant now, Instant soon) {
                return queries.counts(now, soon, EnumSet.of(InboxView.OVERDUE, InboxView.DUE_SOON));
            }
        };
    }
}
