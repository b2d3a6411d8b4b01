package id.penghubung.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A dialog with wide tables opened at a size of its owner's (issue 17: the group answer and
 * "Lintas instansi" opened ~600 px wide and cut their tables): a share of the owner window, at least
 * a minimum, at most the screen, resizable. The pane gets the size as its preferred and the window
 * is set to it again once shown (a dialog's window otherwise takes its width from the header text).
 */
public final class DialogSize {
    /** The share of the owner window a wide dialog takes. */
    public static final double SHARE = 0.8;

    private DialogSize() {
    }

    /** Sizes {@code dialog} to {@link #SHARE} of {@code owner}, at least {@code minWidth} × {@code minHeight}. */
    public static void fit(Dialog<?> dialog, Window owner, double minWidth, double minHeight) {
        Rectangle2D screen = screenOf(owner);
        double width = Math.min(screen.getWidth() - 16, Math.max(minWidth, owner == null ? 0 : owner.getWidth() * SHARE));
        double height = Math.min(screen.getHeight() - 16, Math.max(minHeight, owner == null ? 0 : owner.getHeight() * SHARE));
        DialogPane pane = dialog.getDialogPane();
        pane.setPrefSize(width, height);
        pane.setMinSize(Math.min(minWidth, width), Math.min(minHeight, height));
        dialog.setResizable(true);
        dialog.setOnShown(e -> {
            dialog.setWidth(width);
            dialog.setHeight(height);
            if (owner != null) {
                dialog.setX(owner.getX() + (owner.getWidth() - width) / 2);
                dialog.setY(owner.getY() + Math.max(0, (owner.getHeight() - height) / 2));
            }
        });
    }

    private static Rectangle2D screenOf(Window owner) {
        if (owner == null) {
            return Screen.getPrimary().getVisualBounds();
        }
        return Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }
}
