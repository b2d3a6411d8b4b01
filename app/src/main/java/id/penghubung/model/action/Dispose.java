package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.List;
import java.util.Optional;

/**
 * Disposisi to one or more internal units of the officer's agency, each with an instruction and a
 * unit due date (issue 20). An older outbox row names one unit and a note: the same as one
 * {@link UnitOrder} without a due date.
 */
public record Dispose(List<UnitOrder> units) implements OfficerAction {
    public Dispose {
        units = List.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("A disposition names at least one unit");
        }
    }

    /** One unit, its instruction, the policy's due date (the older single-unit form). */
    public Dispose(String unitId, String note) {
        this(List.of(new UnitOrder(unitId, note, Optional.empty())));
    }

    /** The first unit (the one the report names afterwards). */
    public String unitId() {
        return units.getFirst().unitId();
    }

    /** The first unit's instruction. */
    public String note() {
        return units.getFirst().instruction();
    }

    /** Whether the older single-unit wire form says all of it: one unit, no due date of its own. */
    public boolean isSingleUnitForm() {
        return units.size() == 1 && units.getFirst().dueDate().isEmpty();
    }

    @Override
    public ActionType type() {
        return ActionType.DISPOSE;
    }
}
