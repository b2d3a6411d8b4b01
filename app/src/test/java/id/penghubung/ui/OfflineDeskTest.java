package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.Note;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.store.OutboxState;
import id.penghubung.ui.common.Product;
import id.penghubung.ui.signin.SignInPort;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, "never strand work offline", in the real window against the training server over HTTP:
 * an officer who synced, signs in while the server is down, queues an action and comes back online
 * is asked for the password once and the outbox goes; the bar says the truth on the way; signing out
 * and closing with unsent actions warn.
 */
class OfflineDeskTest extends TrainingDesk {
    @TempDir
    Path serverData;

    private CentralServer start(int port) throws Exception {
        server = CentralServer.start(CentralConfig.forTests(40).withPort(port).withDataDir(serverData));
        url = server.baseUri().toString().replaceAll("/$", "");
        return server;
    }

    private String text(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private boolean shows(String id) {
        return onFx(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** A dialog is up when its window shows (its pane enters the scene graph a moment before). */
    private boolean dialogUp(String id) {
        return onFx(() -> robot.lookup(id).tryQuery().map(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).orElse(false));
    }

    private void signIn() throws Exception {
        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inScene("#inboxTable")
                && !table().getItems().isEmpty() && !table().getItems().get(0).loading());
    }

    private Stage stage() {
        return (Stage) Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage)
                .filter(w -> Product.NAME.equals(((Stage) w).getTitle())).findFirst().orElseThrow();
    }

    @Test
    void offlineSignInThenTheServerReturnsAsksThePasswordOnceAndSendsTheOutbox() throws Exception {
        int port = start(0).baseUri().getPort();
        openSignIn(syncSignIn(), url, new SignInPort.DemoAccount("penghubung", "latihan123", "OFFICER"));
        robot.clickOn("#username").write("penghubung");
        signIn();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#connection").equals("Terhubung")
                && !text("#lastSync").equals("Belum pernah disinkronkan"));
        // The server goes away: the first failed request shows it, within seconds, with the reason.
        server.close();
        robot.clickOn("#syncNow");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#connection").equals("Luring")
                && text("#syncProblem").contains("server tidak terjangkau"));
        robot.clickOn("#signOut"); // nothing waits: no question (the retrying run is stopped)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inScene("#signinCard"));

        signIn(); // the offline way in
        assertThat(text("#connection")).isEqualTo("Luring");
        assertThat(text("#lastSync")).as("the account synced minutes ago").isNotEqualTo("Belum pernah disinkronkan")
                .startsWith("Disinkronkan");

        CaseStore store = app.desk().orElseThrow().store();
        Instant now = Instant.now();
        InboxRow open = store.page(InboxQuery.of(InboxView.ALL, now, now), 0, 500).stream()
                .filter(r -> !r.status().isClosed()).findFirst().orElseThrow();
        Complaint c = store.complaint(open.id()).orElseThrow();
        UUID queued = store.enqueue(c.id(), c.version(), new Note("ditulis saat luring")).actionId();
        robot.interact(() -> app.mainWindow().orElseThrow().refresh());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#pending").startsWith("1 "));

        // Ctrl+S offline does something visible: the actions stay safe.
        robot.clickOn("#inboxTable").press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows("#syncNotice")
                && text("#syncNotice").contains("tetap tersimpan"));
        // The failed try says why and when the next one is, in words.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows("#syncProblem")
                && text("#syncProblem").contains("server tidak terjangkau") && text("#syncProblem").contains("Dicoba lagi"));

        // Signing out with an unsent action warns; staying keeps the desk.
        robot.clickOn("#signOut");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogUp("#unsentWarning"));
        assertThat(robot.lookup("#unsentWarning").queryAs(javafx.scene.control.DialogPane.class).getContentText()
                + ((Label) robot.lookup("#unsentWarning").queryAs(javafx.scene.control.DialogPane.class).getContent())
                        .getText()).contains("1 tindakan belum terkirim").contains("tetap tersimpan aman");
        robot.interact(() -> robot.lookup("#unsentWarningNo").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !inScene("#unsentWarning"));
        assertThat(inScene("#inboxTable")).isTrue();
        // So does closing the window.
        Stage main = stage();
        Platform.runLater(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogUp("#unsentWarning"));
        robot.interact(() -> robot.lookup("#unsentWarningNo").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !inScene("#unsentWarning"));
        assertThat(main.isShowing()).isTrue();

        // The server comes back (same address, same data): "sync now" finds it, asks the password once, sends.
        start(port);
        robot.clickOn("#syncNow");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogUp("#passwordDialog"));
        assertThat(robot.lookup("#passwordDialog").queryAll()).hasSize(1);
        robot.clickOn("#reauthPassword").write("salah-sekali");
        robot.clickOn("#reauthSend");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#reauthError").contains("salah"));
        assertThat(store.outboxEntry(queued).orElseThrow().state()).isNotEqualTo(OutboxState.APPLIED);
        robot.clickOn("#reauthPassword").write(CentralServer.TRAINING_PASSWORD);
        robot.clickOn("#reauthSend");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !inScene("#passwordDialog")
                && store.outboxEntry(queued).map(e -> e.state() == OutboxState.APPLIED).orElse(false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#connection").equals("Terhubung")
                && !shows("#syncProblem") && text("#pending").startsWith("0 "));
        assertThat(text("#lastSync")).startsWith("Disinkronkan");
    }
}
