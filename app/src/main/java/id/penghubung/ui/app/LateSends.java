package id.penghubung.ui.app;

import id.penghubung.model.TrackingId;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import id.penghubung.ui.detail.LateSending;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follow-ups a sync run sends after the deadline they were written before ({@link LateSending}): noted when the
 * run starts, told once the run has sent them (LAPOR! counts the posting time, so they count as late).
 */
final class LateSends {
    private final CaseStore store;
    private final DeadlineCalculator calculator;
    private final Clock clock;
    private final Map<UUID, TrackingId> waiting = new ConcurrentHashMap<>();
    private final List<TrackingId> sent = new ArrayList<>();

    LateSends(CaseStore store, DeadlineCalculator calculator, Clock clock) {
        this.store = store;
        this.calculator = calculator;
        this.clock = clock;
    }

    /** Before a run sends anything: which of the waiting follow-ups would now be posted after their deadline. */
    void runStarts() {
        waiting.clear();
        Instant now = clock.instant();
        for (OutboxEntry e : store.outbox()) {
            if (e.state() == OutboxState.PENDING || e.state() == OutboxState.SENDING) {
                store.complaint(e.complaintId()).filter(c -> LateSending.missedBy(e, calculator.evaluate(c, now).deadlines(), now)
                        .isPresent()).ifPresent(c -> waiting.put(e.actionId(), c.trackingId()));
            }
        }
    }

    /** After the run: those of them it sent. */
    synchronized void runEnded() {
        waiting.forEach((id, tracking) -> store.outboxEntry(id).filter(e -> e.state() == OutboxState.APPLIED)
                .ifPresent(e -> sent.add(tracking)));
        waiting.clear();
    }

    /** The follow-ups sent late since the last call, by tracking ID; emptied by the call. */
    synchronized List<TrackingId> take() {
        List<TrackingId> out = List.copyOf(sent);
        sent.clear();
        return out;
    }
}
