package id.penghubung.model.sla;

import id.penghubung.model.Complaint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which deadlines a change of rules moves (issue 22): each complaint is evaluated under the rules
 * before and after; an open clock (running or paused on either side) whose due DAY differs is a
 * {@link MovedDeadline}. Closed clocks are history and are not reported.
 */
public final class MovedDeadlines {
    private final DeadlineCalculator before;
    private final DeadlineCalculator after;
    private final Instant now;

    public MovedDeadlines(DeadlineCalculator before, DeadlineCalculator after, Instant now) {
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
        this.now = Objects.requireNonNull(now, "now");
    }

    /** The clocks of {@code complaint} whose due day moved, in the order of {@link DeadlineKind}. */
    public List<MovedDeadline> of(Complaint complaint) {
        DeadlineSummary was = before.evaluate(complaint, now);
        DeadlineSummary is = after.evaluate(complaint, now);
        List<MovedDeadline> moved = new ArrayList<>(1);
        for (DeadlineKind kind : DeadlineKind.values()) {
            Optional<Deadline> b = was.of(kind);
            Optional<Deadline> a = is.of(kind);
            if (b.isEmpty() || a.isEmpty() || !(b.get().isOpen() || a.get().isOpen())
                    || b.get().dueAt().isEmpty() || a.get().dueAt().isEmpty()) {
                continue;
            }
            LocalDate dayBefore = DueDay.of(b.get().dueAt().get(), zone(before));
            LocalDate dayAfter = DueDay.of(a.get().dueAt().get(), zone(after));
            if (!dayBefore.equals(dayAfter)) {
                moved.add(new MovedDeadline(complaint.id(), complaint.trackingId().value(), kind, dayBefore, dayAfter));
            }
        }
        return moved;
    }

    /** Every moved clock of {@code complaints}. */
    public List<MovedDeadline> of(Iterable<Complaint> complaints) {
        List<MovedDeadline> moved = new ArrayList<>();
        complaints.forEach(c -> moved.addAll(of(c)));
        return moved;
    }

    private static ZoneId zone(DeadlineCalculator calculator) {
        return calculator.calendar().zone();
    }
}
