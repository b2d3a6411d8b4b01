package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.Objects;

/** A disposition to a unit taken back, with the reason. */
public record UnitWithdraw(String unitId, String reason) implements OfficerAction {
    public UnitWithdraw {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public ActionType type() {
        return ActionType.UNIT_WITHDRAW;
    }
}
