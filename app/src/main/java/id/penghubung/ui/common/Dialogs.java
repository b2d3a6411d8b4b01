package id.penghubung.ui.common;

import id.penghubung.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * The desk's dialogs speak its language: buttons carry bundle texts (never JavaFX's "OK" / "Cancel"),
 * the dialog is owned by the desk's window and carries an id for tests and screen readers.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** A button of the desk's words; {@code data} places it (OK_DONE, CANCEL_CLOSE…). */
    public static ButtonType button(Messages messages, String key, ButtonBar.ButtonData data) {
        return new ButtonType(messages.get(key), data);
    }

    /** An empty dialog with a title and header from the bundle, owned by {@code owner} when given. */
    public static <T> Dialog<T> dialog(Window owner, Messages messages, String id, String titleKey) {
        Dialog<T> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(titleKey));
        dialog.getDialogPane().setId(id);
        return dialog;
    }

    /**
     * Asks a yes/no question (blocking, on the FX thread); true when the officer chose {@code yesKey}.
     * The default button is the safe one ({@code noKey}).
     */
    public static boolean confirm(Window owner, Messages messages, String id, String titleKey, String text,
            String yesKey, String noKey) {
        Dialog<Boolean> dialog = dialog(owner, messages, id, titleKey);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setPrefWidth(440);
        dialog.getDialogPane().setContent(body);
        ButtonType yes = button(messages, yesKey, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = button(messages, noKey, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(yes, no);
        ((Button) dialog.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(yes)).setId(id + "Yes");
        ((Button) dialog.getDialogPane().lookupButton(no)).setDefaultButton(true);
        ((Button) dialog.getDialogPane().lookupButton(no)).setId(id + "No");
        dialog.setResultConverter(b -> b == yes);
        Optional<Boolean> answer = dialog.showAndWait();
        return answer.orElse(false);
    }
}
