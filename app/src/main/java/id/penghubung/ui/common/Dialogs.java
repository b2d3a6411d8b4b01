package id.penghubung.ui.common;

import id.penghubung.i18n.Messages;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Every dialog of the desk goes through here, so its buttons speak the desk's language: JavaFX's
 * own stock button types read "OK", "Cancel", "Close" whatever the desk's language.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** A button with the bundle's text; {@code id} lets a keyboard user's tests and screen readers find it. */
    public static ButtonType button(String text, ButtonData data) {
        return new ButtonType(Objects.requireNonNull(text), data);
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
        Dialog<R> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(buttons);
        dialog.getDialogPane().setId(idPrefix);
        for (int i = 0; i < buttons.length; i++) {
            Node b = dialog.getDialogPane().lookupButton(buttons[i]);
            b.setId(idPrefix + "-" + i);
        }
        dialog.setResizable(true);
        return dialog;
    }

    /** Shows a question and waits: true only when the officer chose {@code yes}. */
    public static boolean confirm(Window owner, String title, String header, Node content, String idPrefix,
            ButtonType yes, ButtonType no) {
        Dialog<ButtonType> dialog = create(owner, title, header, content, idPrefix, yes, no);
        return dialog.showAndWait().filter(yes::equals).isPresent();
    }
}
