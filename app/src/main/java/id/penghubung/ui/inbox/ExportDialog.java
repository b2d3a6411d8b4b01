package id.penghubung.ui.inbox;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.Dialogs;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks, before a CSV export, whether reporter identities go into the file. Unticked by default;
 * the box says what ticking it means (authorised officers only, the file then holds personal data).
 */
public final class ExportDialog {
    private ExportDialog() {
    }

    /** True: with identities; false: without; empty: cancelled. */
    public static Optional<Boolean> ask(Window owner, Messages messages) {
        CheckBox identities = new CheckBox(messages.get("ui.export.includeIdentities"));
        identities.setId("exportIdentities");
        identities.setWrapText(true);
        identities.setSelected(false);
        identities.setAccessibleText(messages.get("ui.export.includeIdentities"));
        Label text = new Label(messages.get("ui.export.dialogText"));
        text.setWrapText(true);
        VBox content = new VBox(12, text, identities);
        content.setPrefWidth(460);
        ButtonType export = Dialogs.button(messages.get("ui.export.button"), ButtonBar.ButtonData.OK_DONE);
        Dialog<Boolean> dialog = Dialogs.create(owner, messages.get("ui.export.dialogTitle"),
                messages.get("ui.export.dialogTitle"), content, "exportDialog", export, Dialogs.cancel(messages));
        dialog.setResultConverter(b -> b == export ? identities.isSelected() : null);
        return dialog.showAndWait();
    }
}
