package id.penghubung.ui.inbox;

import id.penghubung.model.Reporter;
import id.penghubung.model.UnitTask;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineSummary;
import id.penghubung.model.sla.MessageRef;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the inbox reads from the case store. Every method blocks on I/O and is called from a
 * background thread only. {@link StoreInboxData} is the real one over {@code CaseStore}.
 */
public interface InboxData {
    int count(InboxQuery query);

    List<InboxRow> page(InboxQuery query, int offset, int limit);

    /** Full-text (and tracking-ID) search within a query's filter, best first, at most {@code limit}. */
    List<InboxRow> search(String text, InboxQuery query, int limit);

    /** The sidebar's counts. */
    Map<InboxView, Integer> counts(Instant now, Instant soonThreshold);

    /** The categories present in the cache, for the filter. */
    List<Facet> categories();

    /** The units present in the cache, for the filter. */
    List<Facet> units();

    /** The institutions present in the cache, for the Ombudsman desk's filter. */
    default List<Facet> agencies() {
        return List.of();
    }

    /** The regencies/cities present in the cache, by name, for the Ombudsman desk's filter. */
    default List<String> regencies() {
        return List.of();
    }

    /**
     * The reporter's identity of a row's complaint, for an export the officer asked to include it
     * in; empty for an anonymous report. Throws while the desk is locked.
     */
    default Optional<Reporter> reporter(InboxRow row) {
        return Optional.empty();
    }

    /** The clock whose due instant is the row's next deadline (its name goes into an export). */
    default Optional<DeadlineKind> nextClock(InboxRow row) {
        return Optional.empty();
    }

    /** Every clock of a row's complaint now, for the badge that names its clock; empty when unknown. */
    /** Why the row's next deadline is an estimate ("perkiraan: cuti bersama 2027 belum ditetapkan"); empty when it is not. Blocking. */
    default Optional<MessageRef> estimate(InboxRow row) {
        return Optional.empty();
    }

    default Optional<DeadlineSummary> clocks(InboxRow row) {
        return Optional.empty();
    }

    /** As {@link #estimate(InboxRow)}, from the row's clocks already read by {@link #clocks}: the complaint is not read again. */
    default Optional<MessageRef> estimate(InboxRow row, Optional<DeadlineSummary> clocks) {
        return estimate(row);
    }

    /** The units a row's complaint still waits on ("Menunggu unit", issue 20). Blocking. */
    default List<UnitTask> openUnitTasks(InboxRow row) {
        return List.of();
    }

    /** Records an export in the audit log (who, when, format, count, file name, identities or not). */
    default void recordExport(String format, long count, String destination, boolean withIdentities) {
    }
}
