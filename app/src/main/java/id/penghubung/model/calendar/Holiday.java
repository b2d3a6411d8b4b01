package id.penghubung.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off in the national calendar. {@code estimated} marks a date not yet decreed (e.g. an
 * Islamic holiday of a future year), so a deadline counted across it may still move.
 */
public record Holiday(LocalDate date, HolidayKind kind, String name, boolean estimated) {
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A holiday needs a name: " + date);
        }
    }
}
