package id.penghubung.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The desk's other windows while it is locked. Every window that belongs to the main window
 * (dialogs, menus, notifications) is hidden, so nothing of a complaint stays on screen and no modal
 * dialog keeps the lock screen from taking the password. A dialog that waits for an answer ends as
 * if cancelled; a window marked with {@link #reopenAfterUnlock} (the print dialog, which may be
 * showing a batch's progress) comes back when the desk is unlocked.
 */
public final class LockedWindows {
    private static final String REOPEN = "penghubung.reopenAfterUnlock";

    private final List<Stage> toReopen = new ArrayList<>();

    /** Marks a stage to be shown again after an unlock. */
    public static void reopenAfterUnlock(Stage stage) {
        stage.getProperties().put(REOPEN, Boolean.TRUE);
    }

    /** Hides every showing window owned, directly or not, by {@code main}. FX thread. */
    public void hideAllOf(Window main) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && ownedBy(w, main)) {
                if (w instanceof Stage s && Boolean.TRUE.equals(s.getProperties().get(REOPEN))) {
                    toReopen.add(s);
                }
                w.hide();
            }
        }
    }

    /** Shows again what {@link #hideAllOf} hid and was marked to come back. FX thread. */
    public void reopen() {
        toReopen.forEach(Stage::show);
        toReopen.clear();
    }

    private static boolean ownedBy(Window w, Window main) {
        for (Window o = owner(w); o != null; o = owner(o)) {
            if (o == main) {
                return true;
            }
        }
        return false;
    }

    private static Window owner(Window w) {
        if (w instanceof Stage s) {
            return s.getOwner();
        }
        return w instanceof PopupWindow p ? p.getOwnerWindow() : null;
    }
}
