package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.central.CentralServer;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxView;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.signin.SignInPort;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Signing out at a shared PC: back to the sign-in screen, the account's cache closed, the next sign-in works. */
class SignOutDeskTest extends TrainingDesk {
    @BeforeAll
    static void start() throws Exception {
        startServer(60);
    }

    private void signIn() throws Exception {
        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inScene("#inboxTable")
                && !table().getItems().isEmpty() && !table().getItems().get(0).loading());
    }

    @Test
    void signingOutClosesTheAccountAndShowsTheSignInScreenAgain() throws Exception {
        openSignIn(syncSignIn(), url, new SignInPort.DemoAccount("penghubung", "latihan123", "OFFICER"));
        robot.clickOn("#username").write("penghubung");
        signIn();
        Desk first = app.desk().orElseThrow();
        CaseStore store = first.store();
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#signOut").queryAs(Button.class).fire());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inScene("#signinCard"));
        assertThat(app.desk()).isEmpty();
        assertThat(inScene("#inboxTable")).isFalse();
        assertThat(inScene("#printDialog")).as("the desk's other windows went with it").isFalse();
        assertThat(robot.lookup("#username").queryAs(TextField.class).getText()).isEqualTo("penghubung");
        InboxQuery all = InboxQuery.of(InboxView.ALL, Instant.now(), Instant.now());
        assertThatThrownBy(() -> store.count(all)).as("the cache is closed").isInstanceOf(RuntimeException.class);

        signIn();
        Desk second = app.desk().orElseThrow();
        assertThat(second).isNotSameAs(first);
        assertThat(second.store().count(all)).isPositive();
    }
}
