package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.Objects;

/** Disposisi to an internal unit of the officer's agency, with an instruction for the unit. */
public record Dispose(String unitId, String note) implements OfficerAction {
    public Dispose {
        Objects.requireNonNull(unitId, "unitId");
        note = Objects.requireNonNullElse(note, "");
    }

    @Override
    public ActionType type() {
        return ActionType.DISPOSE;
    }
}
