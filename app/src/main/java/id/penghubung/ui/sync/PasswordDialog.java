package id.penghubung.ui.sync;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.Dialogs;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "The server is back: your password, to send": asked once when a sync stops for the password (after
 * an offline sign-in, or an expired session). Non-blocking; the check runs off the FX thread; a wrong
 * password keeps the dialog open with a message; "Nanti" leaves the actions waiting, and "Sinkronkan
 * sekarang" asks again.
 */
public final class PasswordDialog {
    private final StatusBarViewModel vm;
    private final Messages messages;
    private Dialog<Void> dialog;

    public PasswordDialog(StatusBarViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** Shows the dialog unless it is already showing. */
    public void show(Window owner) {
        if (dialog != null && dialog.isShowing()) {
            return;
        }
        dialog = Dialogs.dialog(owner, messages, "passwordDialog", "ui.reauth.title");
        Label text = new Label(messages.get("ui.reauth.text", vm.pendingProperty().get()));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE); // keeps all its lines when the error appears
        PasswordField password = new PasswordField();
        password.setId("reauthPassword");
        password.setPromptText(messages.get("ui.lock.password"));
        password.setAccessibleText(messages.get("ui.lock.password"));
        Label error = new Label();
        error.setId("reauthError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        // The window grows with the message, so the buttons stay on screen.
        error.textProperty().addListener((o, a, b) -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        VBox content = new VBox(10, text, password, error);
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);
        ButtonType send = Dialogs.button(messages, "ui.reauth.send", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = Dialogs.button(messages, "ui.reauth.later", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(send, later);
        Button sendButton = (Button) dialog.getDialogPane().lookupButton(send);
        sendButton.setId("reauthSend");
        sendButton.disableProperty().bind(password.textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(later).setId("reauthLater");
        Dialog<Void> shown = dialog;
        sendButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stays open until the server answered
            error.setText(messages.get("ui.reauth.checking"));
            password.setDisable(true);
            vm.reauthenticate(password.getText().toCharArray(), accepted -> {
                if (accepted) {
                    shown.close();
                } else {
                    password.setDisable(false);
                    password.clear();
                    password.requestFocus();
                    error.setText(messages.get("ui.reauth.wrong"));
                }
            });
        });
        dialog.setOnShown(e -> password.requestFocus());
        dialog.show();
    }
}
