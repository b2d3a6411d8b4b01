package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.List;
import java.util.Objects;

/** Tindak lanjut: the follow-up text, with attachments known by their SHA-256. */
public record Respond(String text, List<String> attachmentShas) implements OfficerAction {
    public Respond {
        Objects.requireNonNull(text, "text");
        attachmentShas = List.copyOf(attachmentShas);
    }

    @Override
    public ActionType type() {
        return ActionType.RESPOND;
    }
}
