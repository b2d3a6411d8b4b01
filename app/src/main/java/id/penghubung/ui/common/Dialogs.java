package id.penghubung.ui.common;

import id.penghubung.i18n.Messages;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Every dialog of the desk goes through here, so its buttons speak the desk's language: JavaFX's
 * own stock button types read "OK", "Cancel", "Close" whatever the desk's language. Dialogs are
 * owned by the desk's window and carry an id for tests and screen readers.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** A button with the bundle's text; {@code data} places it (OK_DONE, CANCEL_CLOSE…). */
    public static ButtonType button(String text, ButtonData data) {
        return new ButtonType(Objects.requireNonNull(text), data);
    }

    /** A button whose text is the bundle's {@code key}. */
    public static ButtonType button(Messages messages, String key, ButtonData data) {
        return button(messages.get(key), data);
    }

    public static ButtonType close(Messages m) {
        return button(m.get("ui.dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType cancel(Messages m) {
        return button(m.get("ui.dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /**
     * A dialog owned by {@code owner} (may be null) with a title, a header, the content and these
     * buttons; each button's node gets the id {@code idPrefix + "-" + index} for the tests, the first is
     * the default.
     */
    public static <R> Dialog<R> create(Window owner, String title, String header, Node content, String idPrefix,
            ButtonType... buttons) {
        Dialog<R> dialog = dialog(owner, title, idPrefix);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(buttons);
        for (int i = 0; i < buttons.length; i++) {
            Node b = dialog.getDialogPane().lookupButton(buttons[i]);
            b.setId(idPrefix + "-" + i);
        }
        dialog.setResizable(true);
        return dialog;
    }

    /** An empty dialog whose title and header are the bundle's {@code titleKey}, owned by {@code owner} when given. */
    public static <T> Dialog<T> dialog(Window owner, Messages messages, String id, String titleKey) {
        Dialog<T> dialog = dialog(owner, messages.get(titleKey), id);
        dialog.setHeaderText(messages.get(titleKey));
        return dialog;
    }

    private static <T> Dialog<T> dialog(Window owner, String title, String id) {
        Dialog<T> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.getDialogPane().setId(id);
        return dialog;
    }

    /** Shows a question and waits: true only when the officer chose {@code yes}. */
    public static boolean confirm(Window owner, String title, String header, Node content, String idPrefix,
            ButtonType yes, ButtonType no) {
        Dialog<ButtonType> dialog = create(owner, title, header, content, idPrefix, yes, no);
        return dialog.showAndWait().filter(yes::equals).isPresent();
    }

    /**
     * Asks a yes/no question whose safe answer is the default (blocking, on the FX thread); true when
     * the officer chose {@code yesKey}. The buttons' ids are {@code id + "Yes"} and {@code id + "No"}.
     */
    public static boolean askSafely(Window owner, Messages messages, String id, String titleKey, String text,
            String yesKey, String noKey) {
        Dialog<Boolean> dialog = dialog(owner, messages, id, titleKey);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setPrefWidth(440);
        dialog.getDialogPane().setContent(body);
        ButtonType yes = button(messages, yesKey, ButtonData.OK_DONE);
        ButtonType no = button(messages, noKey, ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(yes, no);
        Button yesButton = (Button) dialog.getDialogPane().lookupButton(yes);
        Button noButton = (Button) dialog.getDialogPane().lookupButton(no);
        yesButton.setDefaultButton(false);
        yesButton.setId(id + "Yes");
        noButton.setDefaultButton(true);
        noButton.setId(id + "No");
        dialog.setResultConverter(b -> b == yes);
        Optional<Boolean> answer = dialog.showAndWait();
        return answer.orElse(false);
    }
}
