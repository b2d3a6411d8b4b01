package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.Objects;

/** The approver approves the waiting submission {@code submissionId}: the server posts it in its author's name (issue 20). */
public record Approve(String submissionId) implements OfficerAction {
    public Approve {
        Objects.requireNonNull(submissionId, "submissionId");
    }

    @Override
    public ActionType type() {
        return ActionType.APPROVE;
    }
}
