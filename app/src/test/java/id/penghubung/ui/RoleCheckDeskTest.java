package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.Role;
import id.penghubung.store.CaseStore;
import id.penghubung.ui.action.ActionViewModel;
import id.penghubung.ui.action.AnswerRights;
import id.penghubung.ui.action.ReviewedReference;
import id.penghubung.ui.app.Desk;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20 on the desk: where the agency's review policy lets only the atasan answer the reporter,
 * the penghubung's answer button is disabled with the reason beside it, Ctrl+Enter queues nothing,
 * and an internal note still goes into the outbox. Real desk, real store, headless.
 */
class RoleCheckDeskTest extends StoreDesk {
    private static final int COMPLAINTS = 300;
    private static final AnswerRights ONLY_THE_SUPERVISOR_ANSWERS = new AnswerRights(Role.OFFICER, true, List.of(),
            List.of(Role.SUPERVISOR));

    @BeforeAll
    static void fillStore() {
        openOn(COMPLAINTS);
        PenghubungApp.setDeskOpener(ctx -> reviewed(DeskFixture.parts(store())));
    }

    /** The parts under a review policy where only the atasan answers the reporter (also for {@link ScreenLauncher}). */
    static Desk.Parts reviewed(Desk.Parts p) {
        return new Desk.Parts(p.account(), p.store(), p.ownsStore(), p.sync(),
                ReviewedReference.of(p.reference(), ONLY_THE_SUPERVISOR_ANSWERS), p.attachments(), p.deadlines(),
                p.onClose(), p.lock());
    }

    @Test
    void theAnswerButtonIsDisabledWithTheReasonAndANoteStillQueues() throws Exception {
        Complaint c = DeskFixture.actionable(COMPLAINTS);
        startApp();
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText(c.trackingId().value()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table().getItems().size() == 1
                && !table().getItems().get(0).loading());
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint())
                .map(x -> x.id().equals(c.id())).orElse(false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#roleRefusal").queryAs(Label.class).isVisible());

        Messages id = Messages.indonesian();
        String reason = id.get("ui.action.roleAnswersNot", id.label(Role.OFFICER), id.label(Role.SUPERVISOR));
        assertThat(onFx(() -> robot.lookup("#roleRefusal").queryAs(Label.class).getText())).isEqualTo(reason);
        assertThat(onFx(() -> robot.lookup("#queue").queryAs(Button.class).isDisabled())).isTrue();

        robot.interact(() -> robot.lookup("#actionText").queryAs(TextArea.class).setText("Laporan Saudara sedang kami tangani."));
        robot.clickOn("#actionText");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        CaseStore store = app.desk().orElseThrow().store();
        assertThat(store.outboxFor(c.id())).as("nothing the server would refuse is queued").isEmpty();

        robot.interact(() -> typeBox().setValue(ActionType.NOTE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup("#roleRefusal").queryAs(Label.class).isVisible())).isFalse();
        assertThat(onFx(() -> robot.lookup("#queue").queryAs(Button.class).isDisabled())).isFalse();
        robot.interact(() -> robot.lookup("#actionText").queryAs(TextArea.class).setText("Diteruskan ke atasan untuk dijawab."));
        robot.interact(() -> robot.lookup("#queue").queryAs(Button.class).fire());
        // The store write runs on the desk's background thread, behind the start's own reads on a busy machine.
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !store.outboxFor(c.id()).isEmpty());
        } catch (TimeoutException e) {
            ActionViewModel form = onFx(() -> app.mainWindow().orElseThrow().action());
            throw new AssertionError("not queued: type " + onFx(() -> form.typeProperty().get()) + ", text '"
                    + onFx(() -> form.textProperty().get()) + "', problems " + onFx(() -> Map.copyOf(form.problems()))
                    + ", result '" + onFx(() -> form.resultProperty().get()) + "', busy " + onFx(() -> form.busyProperty().get()), e);
        }
        assertThat(store.outboxFor(c.id())).extracting(e -> e.action().type()).containsExactly(ActionType.NOTE);
    }

    /** Reads the scene on the FX thread (a lookup from the test thread can meet a parent being changed). */
    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ActionType> typeBox() {
        return robot.lookup("#actionType").queryAs(ComboBox.class);
    }
}
