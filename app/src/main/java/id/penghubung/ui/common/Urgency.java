package id.penghubung.ui.common;

import java.time.Instant;
import java.util.Optional;

/** How a deadline badge is coloured: red, amber (≤ 2 working days), green, or grey when no clock runs. */
public enum Urgency {
    OVERDUE("badge-overdue"),
    SOON("badge-soon"),
    OK("badge-ok"),
    STOPPED("badge-stopped");

    /** Working days at or under which a deadline turns amber. */
    public static final int SOON_DAYS = 2;

    private final String styleClass;

    Urgency(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    /** The badge of a next deadline, as the table shows it. */
    public static Badge of(Optional<Instant> dueAt, Instant now, WorkingDays days) {
        if (dueAt.isEmpty()) {
            return new Badge(STOPPED, 0);
        }
        Instant due = dueAt.get();
        int left = days.left(now, due);
        if (!due.isAfter(now) || left < 0) {
            return new Badge(OVERDUE, Math.max(1, -left));
        }
        return new Badge(left <= SOON_DAYS ? SOON : OK, left);
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
