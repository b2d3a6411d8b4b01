package id.penghubung.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The unit an internal coordination event is about (issue 20): on DISPOSED_TO_UNIT, UNIT_REPLIED,
 * UNIT_REMINDED and UNIT_WITHDRAWN. {@code dueDate} is the unit's internal due date (the end of that
 * working day); {@code answeredBy}/{@code answeredAt} only on a reply.
 */
public record UnitStep(String unitId, String unitName, Optional<LocalDate> dueDate, Optional<String> answeredBy,
        Optional<Instant> answeredAt) {
    public UnitStep {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(answeredBy, "answeredBy");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
