package id.penghubung.model.sla;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One open clock of one complaint whose due day a change of rules (a new holiday table, a new server
 * policy) moved: which complaint, which clock, the due day before and after (issue 22).
 */
public record MovedDeadline(String complaintId, String trackingId, DeadlineKind kind, LocalDate before, LocalDate after) {
    public MovedDeadline {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** The move in calendar days (positive: later). */
    public long daysLater() {
        return after.toEpochDay() - before.toEpochDay();
    }
}
