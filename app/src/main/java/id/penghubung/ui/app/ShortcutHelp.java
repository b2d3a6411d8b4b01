package id.penghubung.ui.app;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.Dialogs;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** F1: the keyboard shortcuts. */
public final class ShortcutHelp {
    private ShortcutHelp() {
    }

    public static void show(Window owner, Messages messages) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        String[][] rows = {
            {"Ctrl+F", messages.get("ui.shortcut.search")},
            {"Ctrl+Enter", messages.get("ui.shortcut.queue")},
            {"Ctrl+S", messages.get("ui.shortcut.sync")},
            {"F5", messages.get("ui.shortcut.refresh")},
            {"Ctrl+D", messages.get("ui.shortcut.dashboard")},
            {"Ctrl+P", messages.get("ui.print.shortcut")},
            {"Ctrl+1 … Ctrl+9", messages.get("ui.shortcut.views")},
            {"Ctrl+L", messages.get("ui.lock.shortcut")},
            {"F1", messages.get("ui.shortcut.help")},
        };
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(rows[i][0]);
            key.getStyleClass().addAll("badge", "badge-status");
            grid.addRow(i, key, new Label(rows[i][1]));
        }
        Dialog<ButtonType> dialog = Dialogs.create(owner, messages.get("ui.shortcut.title"),
                messages.get("ui.shortcut.title"), grid, "shortcutHelp", Dialogs.close(messages));
        dialog.show();
    }
}
