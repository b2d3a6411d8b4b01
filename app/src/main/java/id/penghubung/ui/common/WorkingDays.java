package id.penghubung.ui.common;

import java.time.Instant;

/**
 * The two working-day questions the desk asks, answered by the model's {@code WorkingCalendar};
 * an interface so the views need not know how holidays are loaded.
 */
public interface WorkingDays {
    /** Working days from {@code now} until {@code dueAt}: 0 = due today, negative = working days late. */
    int left(Instant now, Instant dueAt);

    /** The instant {@code days} working days after {@code from}. */
    Instant add(Instant from, int days);
}
