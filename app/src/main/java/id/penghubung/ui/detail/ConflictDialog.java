package id.penghubung.ui.detail;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.Dialogs;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Lihat perubahan" on a conflicted or refused action: the local and the server's copy field by
 * field, what happened since, and — when LAPOR! allows it — a button to resend.
 */
final class ConflictDialog {
    private ConflictDialog() {
    }

    /** Shows the dialog over {@code owner}; true when the officer chose to resend. */
    static boolean show(Window owner, Messages messages, String what, ConflictDiff diff) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.add(new Label(""), 0, 0);
        grid.add(DetailNodes.wrapped(messages.get("ui.conflict.local", diff.localVersion()), "detail-section"), 1, 0);
        grid.add(DetailNodes.wrapped(messages.get("ui.conflict.server", diff.serverVersion()), "detail-section"), 2, 0);
        int r = 1;
        for (ConflictDiff.Row row : diff.rows()) {
            Label field = DetailNodes.fixed(new Label(row.field()));
            field.getStyleClass().add("meta-key");
            Label local = new Label(row.local());
            Label server = new Label(row.server());
            local.setWrapText(true);
            server.setWrapText(true);
            if (row.changed()) {
                local.getStyleClass().add("diff-old");
                server.getStyleClass().add("diff-new");
            }
            grid.addRow(r++, field, local, server);
        }
        VBox box = new VBox(10, grid);
        if (!diff.newEvents().isEmpty()) {
            box.getChildren().add(DetailNodes.section(messages.get("ui.conflict.newEvents")));
            diff.newEvents().forEach(ev -> {
                Label l = new Label(ev);
                l.setWrapText(true);
                l.getStyleClass().add("diff-new");
                box.getChildren().add(l);
            });
        }
        if (!diff.resendable()) {
            box.getChildren().add(DetailNodes.wrapped(messages.get("ui.conflict.noResend"), "conflict-no-resend"));
        }
        box.setPrefWidth(640);
        ButtonType resend = Dialogs.button(messages.get("ui.conflict.resend"),
                ButtonBar.ButtonData.OK_DONE);
        String title = messages.get("ui.conflict.title", what);
        Dialog<ButtonType> dialog = diff.resendable()
                ? Dialogs.create(owner, title, null, box, "conflictDialog", resend, Dialogs.close(messages))
                : Dialogs.create(owner, title, null, box, "conflictDialog", Dialogs.close(messages));
        return dialog.showAndWait().filter(resend::equals).isPresent();
    }
}
