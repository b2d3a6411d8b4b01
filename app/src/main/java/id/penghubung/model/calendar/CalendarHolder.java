package id.penghubung.model.calendar;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The calendar in force, replaced as a whole when the server publishes a new one. Readers take
 * {@link #current()} once per computation so one answer never mixes two calendars.
 */
public final class CalendarHolder {
    private final AtomicReference<WorkingCalendar> current;

    public CalendarHolder(WorkingCalendar initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** A holder starting with the calendar bundled in the application. */
    public static CalendarHolder withBundled() {
        return new CalendarHolder(WorkingCalendar.bundled());
    }

    public WorkingCalendar current() {
        return current.get();
    }

    public void replace(WorkingCalendar calendar) {
        current.set(Objects.requireNonNull(calendar, "calendar"));
    }
}
