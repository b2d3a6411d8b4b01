package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.Objects;

/** Extends a Permintaan Informasi's answer period once (UU 14/2008: 10 working days, once by 7), with a reason. */
public record Extend(String reason) implements OfficerAction {
    public Extend {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public ActionType type() {
        return ActionType.EXTEND;
    }
}
