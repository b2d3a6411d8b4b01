package id.penghubung.ui.action;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.ui.common.ActionDescription;
import id.penghubung.ui.common.Dialogs;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Before a public or closing action enters the outbox: what will be sent, to whom, what it does to
 * the complaint, and its attachments. "Kembali ke editor" (Esc) keeps everything in the form.
 */
final class ConfirmDialog {
    private ConfirmDialog() {
    }

    static boolean ask(Window owner, Messages m, Complaint c, ActionDescription d) {
        Label to = wrapped(d.recipient());
        to.setId("confirmRecipient");
        to.getStyleClass().add("outbox-type");
        VBox box = new VBox(8, to);
        if (!d.effect().isBlank()) {
            Label effect = wrapped(d.effect());
            effect.setId("confirmEffect");
            effect.getStyleClass().add("field-error");
            box.getChildren().add(effect);
        }
        TextArea text = new TextArea(d.text());
        text.setId("confirmText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, Math.max(4, d.text().length() / 55 + 2)));
        text.setFocusTraversable(false);
        Label files = wrapped(d.attachments().isEmpty() ? m.get("ui.action.noAttachments")
                : m.get("ui.action.attachments", String.join(", ", d.attachments())));
        files.setId("confirmAttachments");
        box.getChildren().addAll(text, files);
        box.setPrefWidth(560);
        ButtonType send = Dialogs.button(m.get("ui.action.confirm.send"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = Dialogs.button(m.get("ui.action.confirm.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return Dialogs.confirm(owner, m.get("ui.action.confirm.title"),
                m.get("ui.action.confirm.header", d.typeLabel(), c.trackingId().toString()), box, "confirmDialog",
                send, back);
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
