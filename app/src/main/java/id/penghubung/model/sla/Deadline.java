package id.penghubung.model.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One clock of a report. {@code dueAt} is exclusive (00:00 local of the day after the due day) and
 * absent while NOT_STARTED or PAUSED. {@code workingDaysRemaining}: for an open clock, working days
 * left (0 = due today, negative = working days late); for MET the working days to spare when it
 * stopped, for MISSED minus the working days it was late (at most -1); 0 when NOT_STARTED; for
 * PAUSED the balance frozen when the wait began.
 */
public record Deadline(
        DeadlineKind kind,
        Optional<Instant> startedAt,
        Optional<Instant> dueAt,
        DeadlineState state,
        Optional<Instant> stoppedAt,
        int workingDaysRemaining) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stoppedAt, "stoppedAt");
        if ((state == DeadlineState.MET || state == DeadlineState.MISSED || state == DeadlineState.NOT_APPLICABLE)
                && stoppedAt.isEmpty()) {
            throw new IllegalArgumentException(state + " needs the instant the clock stopped");
        }
        if (state != DeadlineState.NOT_STARTED && startedAt.isEmpty()) {
            throw new IllegalArgumentException(state + " needs the instant the clock started");
        }
    }

    public static Deadline notStarted(DeadlineKind kind) {
        return new Deadline(kind, Optional.empty(), Optional.empty(), DeadlineState.NOT_STARTED, Optional.empty(), 0);
    }

    /** The clock runs or waits: the report still owes this step. */
    public boolean isOpen() {
        return state == DeadlineState.RUNNING || state == DeadlineState.PAUSED;
    }

    /** A running clock whose due instant has come. */
    public boolean isOverdue(Instant now) {
        return state == DeadlineState.RUNNING && dueAt.isPresent() && !now.isBefore(dueAt.get());
    }
}
