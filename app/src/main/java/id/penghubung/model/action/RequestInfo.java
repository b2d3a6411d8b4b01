package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.Objects;

/** A question to the reporter; the follow-up clock may pause until they answer. */
public record RequestInfo(String question) implements OfficerAction {
    public RequestInfo {
        Objects.requireNonNull(question, "question");
    }

    @Override
    public ActionType type() {
        return ActionType.REQUEST_INFO;
    }
}
