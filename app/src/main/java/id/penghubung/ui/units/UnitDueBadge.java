package id.penghubung.ui.units;

import id.penghubung.i18n.Messages;
import id.penghubung.model.UnitTask;
import id.penghubung.ui.common.Urgency;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/**
 * The due badge of a unit still to answer (issue 20), one rule for the detail's units section and the
 * "Menunggu unit" rows: past its due date red ("Lewat tenggat unit 3 Mar 2026"), due today amber,
 * else green; and the order units are listed in: overdue first, then the nearest due date, answered
 * and withdrawn last.
 */
public record UnitDueBadge(String text, Urgency urgency) {

    /** The badge of an open task on {@code today}; {@code day} formats its due date. */
    public static UnitDueBadge of(UnitTask t, LocalDate today, Messages messages, DateTimeFormatter day) {
        if (t.isOverdue(today)) {
            return new UnitDueBadge(messages.get("units.badge.overdue", t.dueDate().map(day::format).orElse("")), Urgency.OVERDUE);
        }
        String text = t.dueDate().map(d -> messages.get("units.badge.due", day.format(d))).orElse(messages.get("units.open"));
        return new UnitDueBadge(text, t.dueDate().map(d -> !d.isAfter(today)).orElse(false) ? Urgency.SOON : Urgency.OK);
    }

    /** Overdue first, then open by the nearest due date, then answered and withdrawn; ties by disposition time. */
    public static Comparator<UnitTask> order(LocalDate today) {
        return Comparator.comparingInt((UnitTask t) -> t.isOverdue(today) ? 0 : t.isOpen() ? 1 : 2)
                .thenComparing(t -> t.dueDate().orElse(LocalDate.MAX))
                .thenComparing(t -> t.disposition().at());
    }
}
