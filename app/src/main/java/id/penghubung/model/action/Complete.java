package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.List;
import java.util.Objects;

/** The final response; the report becomes SELESAI. */
public record Complete(String text, List<String> attachmentShas) implements OfficerAction {
    public Complete {
        Objects.requireNonNull(text, "text");
        attachmentShas = List.copyOf(attachmentShas);
    }

    @Override
    public ActionType type() {
        return ActionType.COMPLETE;
    }
}
