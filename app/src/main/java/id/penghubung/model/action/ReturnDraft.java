package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.Objects;

/** The approver returns the waiting submission {@code submissionId} to its author with notes (issue 20, RETURN). */
public record ReturnDraft(String submissionId, String note) implements OfficerAction {
    public ReturnDraft {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(note, "note");
    }

    @Override
    public ActionType type() {
        return ActionType.RETURN;
    }
}
