package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralServer;
import id.penghubung.ui.common.SettingsFile;
import id.penghubung.ui.signin.SignInPort;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching language takes effect at once, on the sign-in card and at the desk, without a restart:
 * the labels change, what was typed stays (the user name on the card; the open complaint and the
 * action's text at the desk), the choice is kept for the next start, and the signed-in officer's
 * name and institution show in the main window and on the lock screen.
 */
class LanguageSwitchDeskTest extends TrainingDesk {
    @BeforeAll
    static void start() throws Exception {
        startServer(60);
    }

    private String text(String id) {
        return onFx(() -> robot.lookup(id).queryLabeled().getText());
    }

    /** Like {@link #inScene}, but a UI thread busy for long under load counts as "not yet" instead of failing the wait. */
    private boolean shown(String id) {
        try {
            return inScene(id);
        } catch (IllegalStateException busy) {
            return false;
        }
    }

    private String savedLanguage() {
        return new SettingsFile(data, Runnable::run).load().language();
    }

    @Test
    void theSignInCardAndTheDeskSwitchLanguageInPlaceKeepingWhatWasTyped() throws Exception {
        openSignIn(syncSignIn(), url, new SignInPort.DemoAccount("penghubung", "latihan123", "OFFICER"));
        assertThat(text("#signIn")).isEqualTo("Masuk");
        robot.clickOn("#username").write("penghubung");

        robot.clickOn("#signinLanguage");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#signIn").equals("Sign in"));
        assertThat(onFx(() -> robot.lookup("#username").queryAs(TextField.class).getText())).isEqualTo("penghubung");
        assertThat(text("#signinLanguage")).isEqualTo("Bahasa Indonesia");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedLanguage().equals("en"));

        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        try {
            // A first online sign-in: key derivation, the first pull, the first page of rows.
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> shown("#inboxTable")
                    && onFx(() -> !table().getItems().isEmpty() && !table().getItems().get(0).loading()));
        } catch (TimeoutException e) {
            throw new AssertionError("no desk after signing in; the card says: "
                    + (inScene("#signinError") ? text("#signinError") : "(no card)"), e);
        }
        assertThat(onFx(() -> robot.lookup("#view-NEEDS_FOLLOW_UP").queryButton().getAccessibleText()))
                .startsWith("Needs follow-up");
        String name = app.desk().orElseThrow().account().displayName();
        String agency = app.desk().orElseThrow().account().agencyId().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#officerInstitution").isBlank());
        assertThat(text("#officerName")).isEqualTo(name);
        String institution = text("#officerInstitution");
        assertThat(institution).as("the institution by name, not its id").isNotEqualTo(agency);

        // At the desk: a complaint open, a follow-up half written, then Indonesian.
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint()).isPresent()
                && inScene("#actionText"));
        String open = app.mainWindow().flatMap(w -> w.shownComplaint()).orElseThrow().id();
        String draft = "Sudah kami cek ke lokasi; perbaikan dijadwalkan minggu depan.";
        robot.interact(() -> robot.lookup("#actionText").queryAs(TextArea.class).setText(draft));
        robot.interact(() -> robot.lookup("#toggleLanguage").queryAs(Button.class).fire());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#view-NEEDS_FOLLOW_UP")
                .queryButton().getAccessibleText()).startsWith("Perlu tindak lanjut"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint())
                .map(c -> c.id().equals(open)).orElse(false)
                && onFx(() -> robot.lookup("#actionText").queryAs(TextArea.class).getText()).equals(draft));
        assertThat(app.messages().locale().getLanguage()).isEqualTo("id");
        assertThat(robot.lookup("#inboxTable").queryAll()).hasSize(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedLanguage().equals("id"));
        assertThat(text("#officerName")).isEqualTo(name);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#officerInstitution").equals(institution));

        // The lock screen says who may open it.
        robot.interact(() -> robot.lookup("#lockDesk").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene("#lockOfficer"));
        assertThat(onFx(() -> robot.lookup("#lockOfficer").queryAs(Label.class).getText()))
                .isEqualTo("Masuk sebagai " + name + " (" + institution + ")");
    }
}
