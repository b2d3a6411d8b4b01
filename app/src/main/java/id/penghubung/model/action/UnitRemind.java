package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.Objects;

/** A reminder to a unit that has not answered yet (recorded in the chronology), with an optional note. */
public record UnitRemind(String unitId, String note) implements OfficerAction {
    public UnitRemind {
        Objects.requireNonNull(unitId, "unitId");
        note = Objects.requireNonNullElse(note, "");
    }

    @Override
    public ActionType type() {
        return ActionType.UNIT_REMIND;
    }
}
