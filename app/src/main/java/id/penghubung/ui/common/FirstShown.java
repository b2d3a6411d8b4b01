package id.penghubung.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A pane the officer has not opened joins the scene the first time it is shown, and stays. Hidden nodes in the
 * scene are not free: JavaFX creates their skins and matches every selector of the stylesheets against them in
 * the same CSS pass as the visible window, so at the desk's start the closed filter row and the empty detail pane
 * cost the JavaFX thread as much as a third of the window (issue 19). Built but detached, they cost neither.
 */
public final class FirstShown {
    private FirstShown() {
    }

    /**
     * Puts {@code child} into {@code parent} at {@code index} (or last, if fewer children) once {@code shown} is
     * true: now if it is, else at its first change to true, through {@code subscriptions} (the view's activate).
     */
    public static void attach(ViewSubscriptions subscriptions, ObservableValue<Boolean> shown, Pane parent, int index,
            Node child) {
        if (parent.getChildren().contains(child)) {
            return;
        }
        if (Boolean.TRUE.equals(shown.getValue())) {
            join(parent, index, child);
            return;
        }
        subscriptions.onChange(shown, (o, was, is) -> {
            if (Boolean.TRUE.equals(is) && !parent.getChildren().contains(child)) {
                join(parent, index, child);
            }
        });
    }

    private static void join(Pane parent, int index, Node child) {
        parent.getChildren().add(Math.min(index, parent.getChildren().size()), child);
    }
}
