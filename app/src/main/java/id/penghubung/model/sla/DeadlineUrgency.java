package id.penghubung.model.sla;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * How urgent a clock is, one rule for the inbox badge, the detail pane, the sidebar's "due soon" and
 * print: red when its due has come or it was missed, amber at {@value #SOON_WORKING_DAYS} working days
 * or fewer, green with more time or when met, grey when it does not run.
 */
public enum DeadlineUrgency {
    OVERDUE,
    SOON,
    OK,
    STOPPED;

    /** Working days at or under which a running deadline is "due soon". */
    public static final int SOON_WORKING_DAYS = 2;

    /** A running deadline due at {@code dueAt} with {@code workingDaysLeft} (negative = late) at {@code now}. */
    public static DeadlineUrgency ofRunning(Instant dueAt, int workingDaysLeft, Instant now) {
        if (!dueAt.isAfter(now) || workingDaysLeft < 0) {
            return OVERDUE;
        }
        return workingDaysLeft <= SOON_WORKING_DAYS ? SOON : OK;
    }

    /** The urgency of one clock at {@code now}. */
    public static DeadlineUrgency of(Deadline d, Instant now) {
        return switch (d.state()) {
            case RUNNING -> d.dueAt().map(due -> ofRunning(due, d.workingDaysRemaining(), now)).orElse(STOPPED);
            case MISSED -> OVERDUE;
            case MET -> OK;
            default -> STOPPED;
        };
    }

    /**
     * The clock a one-line badge shows for a report: an overdue running clock first; else a clock that
     * was missed (a late follow-up is never hidden behind a green auto-finish clock); else the running
     * clock due first; empty when none runs and none was missed.
     */
    public static Optional<Deadline> badgeClock(DeadlineSummary summary, Instant now) {
        Optional<Deadline> running = summary.mostUrgent();
        if (running.filter(d -> of(d, now) == OVERDUE).isPresent()) {
            return running;
        }
        Optional<Deadline> missed = summary.deadlines().stream()
                .filter(d -> d.state() == DeadlineState.MISSED)
                .min(Comparator.comparingInt(Deadline::workingDaysRemaining));
        return missed.isPresent() ? missed : running;
    }
}
