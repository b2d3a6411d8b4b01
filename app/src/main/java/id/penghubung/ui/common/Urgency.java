package id.penghubung.ui.common;

import id.penghubung.model.sla.DeadlineUrgency;
import java.time.Instant;
import java.util.Optional;

/** How a deadline badge is coloured, by the model's rule ({@link DeadlineUrgency}): red, amber, green, grey. */
public enum Urgency {
    OVERDUE("badge-overdue"),
    SOON("badge-soon"),
    OK("badge-ok"),
    STOPPED("badge-stopped");

    /** Working days at or under which a deadline turns amber: the model's rule. */
    public static final int SOON_DAYS = DeadlineUrgency.SOON_WORKING_DAYS;

    private final String styleClass;

    Urgency(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    /** The colour of the model's urgency. */
    public static Urgency of(DeadlineUrgency urgency) {
        return switch (urgency) {
            case OVERDUE -> OVERDUE;
            case SOON -> SOON;
            case OK -> OK;
            case STOPPED -> STOPPED;
        };
    }

    /** The badge of a next deadline, as the table shows it. */
    public static Badge of(Optional<Instant> dueAt, Instant now, WorkingDays days) {
        if (dueAt.isEmpty()) {
            return new Badge(STOPPED, 0);
        }
        Instant due = dueAt.get();
        int left = days.left(now, due);
        Urgency urgency = of(DeadlineUrgency.ofRunning(due, left, now));
        return new Badge(urgency, urgency == OVERDUE ? Math.max(1, -left) : left);
    }

    /** An urgency and the working days it is about (left, or late by). */
    public record Badge(Urgency urgency, int workingDays) {
        /** The bundle key of the badge's text (the model's deadline wording), with {@link #workingDays()} as argument. */
        public String key() {
            return switch (urgency) {
                case OVERDUE -> "deadline.late";
                case STOPPED -> "ui.deadline.none";
                default -> workingDays == 0 ? "deadline.dueToday" : "deadline.remaining";
            };
        }
    }
}
