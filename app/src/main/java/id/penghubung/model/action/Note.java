package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.Objects;

/** An internal note, never shown to the reporter; allowed in every status. */
public record Note(String text) implements OfficerAction {
    public Note {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public ActionType type() {
        return ActionType.NOTE;
    }
}
