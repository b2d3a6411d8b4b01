package id.penghubung.model.report;

import id.penghubung.model.sla.DeadlineKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An open complaint past a deadline at the report's moment, for the list of the longest overdue.
 *
 * @param kind             FOLLOW_UP when the follow-up is still missing, else COMPLETION
 * @param dueDay           the due day in the counting zone
 * @param workingDaysLate  working days from the due day to the report's moment (at least 1)
 */
public record OverdueCase(String trackingId, String title, String groupName, DeadlineKind kind, LocalDate dueDay,
        int workingDaysLate) {
    public OverdueCase {
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueDay, "dueDay");
    }
}
