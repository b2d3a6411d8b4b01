package id.penghubung.model.action;

import java.util.List;
import java.util.Objects;

/**
 * One reason an action cannot be queued, for the form field it concerns (e.g. "text", "unitId",
 * "attachments", or "action" for the action as a whole), as a message key with its arguments.
 * Enum arguments (Status, ActionType) are meant to be shown through their {@code enum.*} labels.
 */
public record Problem(String field, String messageKey, List<Object> args) {
    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
