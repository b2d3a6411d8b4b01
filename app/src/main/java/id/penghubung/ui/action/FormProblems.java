package id.penghubung.ui.action;

import id.penghubung.i18n.Messages;
import id.penghubung.model.action.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableMap;

/**
 * The validator's problems as the form shows them: each under its field (the text, the unit, the
 * institution) or at the top of the form, in the bundles' words, enum arguments by their labels.
 */
final class FormProblems {
    private static final Set<String> TEXT_FIELDS = Set.of("text", "reason", "question", "note", "attachments");

    private FormProblems() {
    }

    /** Replaces {@code shown} with {@code found}, several problems of one field on their own lines. */
    static void show(Messages messages, List<Problem> found, ObservableMap<String, String> shown) {
        Map<String, StringBuilder> byField = new LinkedHashMap<>();
        for (Problem p : found) {
            StringBuilder sb = byField.computeIfAbsent(fieldOf(p.field()), k -> new StringBuilder());
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(messages.get(p.messageKey(), labelled(messages, p.args())));
        }
        shown.clear();
        byField.forEach((k, v) -> shown.put(k, v.toString()));
    }

    private static String fieldOf(String validatorField) {
        if (TEXT_FIELDS.contains(validatorField)) {
            return ActionViewModel.FIELD_TEXT;
        }
        if (validatorField.equals(ActionViewModel.FIELD_UNIT) || validatorField.equals("unit")) {
            return ActionViewModel.FIELD_UNIT;
        }
        if (validatorField.equals(ActionViewModel.FIELD_AGENCY) || validatorField.equals("agency")) {
            return ActionViewModel.FIELD_AGENCY;
        }
        return ActionViewModel.FIELD_FORM;
    }

    /** Enum arguments are shown by their labels (the validator's keys expect that). */
    private static Object[] labelled(Messages messages, List<Object> args) {
        return args.stream().map(a -> a instanceof Enum<?> e ? messages.label(e) : a).toArray();
    }
}
