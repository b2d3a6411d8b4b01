package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralServer;
import id.penghubung.model.ActionType;
import id.penghubung.store.InboxRow;
import id.penghubung.store.StoreLockedException;
import id.penghubung.ui.common.Product;
import id.penghubung.ui.signin.SignInPort;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lock in the real window, signed in for real against the training server (encryption on):
 * Ctrl+L takes the inbox, the detail and the form out of the scene and drops the key; a wrong
 * password keeps it locked; the right one brings back the same selection and the typed text.
 */
class LockDeskTest extends TrainingDesk {
    @BeforeAll
    static void start() throws Exception {
        startServer(120);
    }

    /** The kind of action the form is on (its draft is kept per complaint and kind). */
    private ActionType kind() {
        return app.mainWindow().orElseThrow().action().typeProperty().get();
    }

    private Stage stage() {
        return (Stage) Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage)
                // The main window, not a notification's host stage (ControlsFX makes one when it pops up).
                .filter(w -> Product.NAME.equals(((Stage) w).getTitle()))
                .findFirst().orElseThrow();
    }

    @Test
    void ctrlLHidesAllCaseContentDropsTheKeyAndOnlyTheRightPasswordRestoresTheSameView() throws Exception {
        id.penghubung.sync.SignInService sync = syncSignIn();
        openSignIn(sync, url, new SignInPort.DemoAccount("penghubung", "latihan123", "OFFICER"));
        robot.clickOn("#username").write("penghubung");
        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inScene("#inboxTable")
                && !table().getItems().isEmpty() && !table().getItems().get(0).loading());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#connection").queryAs(Label.class).getText().equals("Terhubung")
                        && !robot.lookup("#syncNow").tryQuery().map(Node::isDisabled).orElse(false));

        InboxRow row = table().getItems().get(1).row().orElseThrow();
        robot.interact(() -> table().getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint())
                .map(c -> c.id().equals(row.id())).orElse(false));
        String draft = "Kami sedang memeriksa lokasi bersama dinas terkait.";
        robot.interact(() -> robot.lookup("#actionText").queryAs(TextArea.class).setText(draft));
        assertThat(stage().getTitle()).isEqualTo("Penghubung").doesNotContain(row.title());

        robot.clickOn("#actionText").press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene("#lockScreen"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.desk().orElseThrow().store().isLocked());
        for (String id : List.of("#inboxTable", "#actionText", "#mainWindow", "#count-OUTBOX", "#detail", "#detailTitle", "#detailBody", "#statusBar")) {
            assertThat(inScene(id)).as("%s is not in the scene while locked", id).isFalse();
        }
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains(row.title())).tryQuery()).as("no complaint title anywhere on screen").isEmpty();
        assertThat(stage().getScene().getRoot().getId()).isEqualTo("lockScreen");
        assertThat(stage().getTitle()).isEqualTo("Penghubung");
        // The draft reached the store before the key went, and the store now refuses it.
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> app.desk().orElseThrow().store().draft(row.id(), kind()))
                .isInstanceOf(StoreLockedException.class);
        // The desk's shortcuts do not reach the hidden views (Ctrl+F would focus the inbox search).
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(inScene("#inboxTable")).isFalse();

        robot.clickOn("#lockPassword").write("salah-sekali").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#lockError").queryAs(Label.class).getText().equals("Kata sandi salah. Aplikasi tetap terkunci."));
        assertThat(inScene("#inboxTable")).isFalse();
        assertThat(app.desk().orElseThrow().store().isLocked()).isTrue();

        robot.clickOn("#lockPassword").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> inScene("#inboxTable"));
        assertThat(inScene("#lockScreen")).isFalse();
        assertThat(app.desk().orElseThrow().store().isLocked()).isFalse();
        // The rows come back off the FX thread: the same row is selected once they are in.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getSelectionModel().getSelectedIndex() == 1);
        assertThat(app.mainWindow().flatMap(w -> w.shownComplaint()).map(c -> c.id())).contains(row.id());
        assertThat(robot.lookup("#actionText").queryAs(TextArea.class).getText()).isEqualTo(draft);
        assertThat(app.desk().orElseThrow().store().draft(row.id(), kind())).get()
                .extracting(d -> d.text()).isEqualTo(draft);

        // The lock button (read by screen readers) locks as well.
        // Looked up in the main window itself: other windows (a notification's host) may be showing too.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage().getScene().lookup("#lockDesk") != null);
        javafx.scene.control.Button button = (javafx.scene.control.Button) stage().getScene().lookup("#lockDesk");
        assertThat(button.getAccessibleText()).isEqualTo("Kunci aplikasi (Ctrl+L)");
        robot.interact(button::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene("#lockScreen") && !inScene("#inboxTable"));

        // The desk's other windows go too: the print dialog comes back after the unlock (a modal
        // dialog would otherwise keep the password field from any input), a waiting dialog does not.
        unlockWith(CentralServer.TRAINING_PASSWORD);
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("printDialog"));
        robot.interact(button::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene("#lockScreen"));
        assertThat(showing("printDialog")).as("print dialog hidden while locked").isFalse();
        unlockWith(CentralServer.TRAINING_PASSWORD);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("printDialog"));
        robot.interact(() -> otherWindows().forEach(Window::hide));

        robot.interact(() -> id.penghubung.ui.app.ShortcutHelp.show(stage(), app.desk().orElseThrow().messages()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !otherWindows().isEmpty());
        robot.interact(button::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene("#lockScreen"));
        assertThat(otherWindows()).as("the shortcut help is hidden").isEmpty();
        unlockWith(CentralServer.TRAINING_PASSWORD);
        assertThat(otherWindows()).as("and does not come back").isEmpty();

        // The idle time is the officer's to choose, and kept for the next start.
        robot.interact(() -> ((javafx.scene.control.MenuButton) stage().getScene().lookup("#idleLockMenu")).show());
        robot.clickOn("Setelah 5 menit tanpa kegiatan");
        java.nio.file.Path settings = data.resolve("settings.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(settings)
                && java.nio.file.Files.readString(settings).replace(" ", "").contains("\"idleLockMinutes\":5"));
    }

    private void unlockWith(String password) throws Exception {
        robot.clickOn("#lockPassword").write(password).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> inScene("#inboxTable"));
    }

    /** Showing windows besides the main one, notifications' host windows left out. */
    private List<Window> otherWindows() {
        Stage main = stage();
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w != main)
                .filter(w -> w.getScene() != null && (w.getScene().getRoot().lookup(".dialog-pane") != null
                        || w.getScene().getRoot().lookup("#printDialog") != null))
                .toList();
    }

    private boolean showing(String rootId) {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && rootId.equals(w.getScene().getRoot().getId()));
    }
}
