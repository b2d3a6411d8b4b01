package id.penghubung.model.action;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of a disposition: the unit, the instruction for it and the unit's due date (empty: the
 * agency's policy, counted by the server from the day it applies the disposition).
 */
public record UnitOrder(String unitId, String instruction, Optional<LocalDate> dueDate) {
    public UnitOrder {
        Objects.requireNonNull(unitId, "unitId");
        instruction = Objects.requireNonNullElse(instruction, "");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
