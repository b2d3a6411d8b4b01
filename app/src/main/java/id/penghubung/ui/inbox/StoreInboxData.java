package id.penghubung.ui.inbox;

import id.penghubung.model.Complaint;
import id.penghubung.model.Reporter;
import id.penghubung.model.TrackingId;
import id.penghubung.model.UnitTask;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineSummary;
import id.penghubung.model.sla.MessageRef;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The inbox's reads, from the case store (rows, counts, search) and its dashboard reader (filter lists). */
public final class StoreInboxData implements InboxData {
    private final CaseStore store;
    private final DashboardQueries aggregates;
    /** The signed-in account's userId: the audit log names it for an export; "Dikembalikan" lists its drafts. */
    private final String account;
    private final Function<Complaint, DeadlineSummary> clocks;
    private final Function<Deadline, Optional<MessageRef>> estimate;

    public StoreInboxData(CaseStore store, DashboardQueries aggregates) {
        this(store, aggregates, "local");
    }

    public StoreInboxData(CaseStore store, DashboardQueries aggregates, String account) {
        this(store, aggregates, account, c -> new DeadlineSummary(List.of()));
    }

    /** {@code clocks}: the model's deadline calculator at the current instant, for the export's clock column. */
    public StoreInboxData(CaseStore store, DashboardQueries aggregates, String account,
            Function<Complaint, DeadlineSummary> clocks) {
        this(store, aggregates, account, clocks, d -> Optional.empty());
    }

    /** {@code estimate}: why a deadline is an estimate ({@link id.penghubung.model.sla.DeadlineEstimate}), for the badge and the export. */
    public StoreInboxData(CaseStore store, DashboardQueries aggregates, String account,
            Function<Complaint, DeadlineSummary> clocks, Function<Deadline, Optional<MessageRef>> estimate) {
        this.estimate = Objects.requireNonNull(estimate);
        this.clocks = Objects.requireNonNull(clocks);
        this.store = Objects.requireNonNull(store);
        this.aggregates = Objects.requireNonNull(aggregates);
        this.account = Objects.requireNonNull(account);
    }

    @Override
    public List<UnitTask> openUnitTasks(InboxRow row) {
        return store.complaint(row.id()).map(UnitTask::open).orElse(List.of());
    }

    @Override
    public Optional<Reporter> reporter(InboxRow row) {
        return store.complaint(row.id()).flatMap(Complaint::reporter);
    }

    @Override
    public Optional<DeadlineKind> nextClock(InboxRow row) {
        return store.complaint(row.id()).map(clocks).flatMap(DeadlineSummary::mostUrgent).map(Deadline::kind);
    }

    @Override
    public Optional<MessageRef> estimate(InboxRow row) {
        if (row.nextDueAt().isEmpty()) {
            return Optional.empty();
        }
        return estimate(row, clocks(row));
    }

    @Override
    public Optional<MessageRef> estimate(InboxRow row, Optional<DeadlineSummary> clocks) {
        if (row.nextDueAt().isEmpty()) {
            return Optional.empty();
        }
        return clocks.stream().flatMap(s -> s.deadlines().stream())
                .filter(d -> d.dueAt().equals(row.nextDueAt()))
                .map(estimate).flatMap(Optional::stream).findFirst();
    }

    @Override
    public Optional<DeadlineSummary> clocks(InboxRow row) {
        return store.complaint(row.id()).map(clocks);
    }

    @Override
    public void recordExport(String format, long count, String destination, boolean withIdentities) {
        store.recordExport(account, format, count, destination, withIdentities);
    }

    @Override
    public int count(InboxQuery query) {
        return store.count(mine(query));
    }

    @Override
    public List<InboxRow> page(InboxQuery query, int offset, int limit) {
        return store.page(mine(query), offset, limit);
    }

    @Override
    public List<InboxRow> search(String text, InboxQuery query, int limit) {
        // The text index ranks by relevance; the table keeps the officer's chosen sort.
        List<InboxRow> found = store.search(text, mine(query), limit).stream()
                .sorted(RowOrder.of(query.sort(), query.descending())).toList();
        // A typed tracking ID goes first even when the text index ranks it lower.
        Optional<TrackingId> id = TrackingId.parse(text);
        if (id.isEmpty() || found.isEmpty() || found.get(0).trackingId().equals(id.get())) {
            return found;
        }
        List<InboxRow> ordered = new ArrayList<>(found.size());
        found.stream().filter(r -> r.trackingId().equals(id.get())).forEach(ordered::add);
        found.stream().filter(r -> !r.trackingId().equals(id.get())).forEach(ordered::add);
        return ordered;
    }

    @Override
    public Map<InboxView, Integer> counts(Instant now, Instant soonThreshold) {
        Map<InboxView, Integer> all = new EnumMap<>(store.counts(now, soonThreshold));
        all.put(InboxView.RETURNED, store.count(mine(InboxQuery.of(InboxView.RETURNED, now, soonThreshold))));
        return all;
    }

    /** "Dikembalikan" is the signed-in officer's own: only the drafts returned to this account (issue 20). */
    private InboxQuery mine(InboxQuery q) {
        return q.view() == InboxView.RETURNED ? q.withFilter(q.filter().withReviewAuthor(account)) : q;
    }

    @Override
    public List<Facet> categories() {
        return aggregates.categories().stream().map(b -> new Facet(b.id(), b.name())).toList();
    }

    @Override
    public List<Facet> units() {
        return aggregates.units().stream().map(b -> new Facet(b.id(), b.name())).toList();
    }

    @Override
    public List<Facet> agencies() {
        return aggregates.agencies().stream().map(b -> new Facet(b.id(), b.name()))
                .sorted(Comparator.comparing(Facet::name)).toList();
    }

    @Override
    public List<String> regencies() {
        return aggregates.regencies();
    }
}
