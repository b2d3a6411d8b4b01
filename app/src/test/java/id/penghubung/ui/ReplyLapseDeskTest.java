package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.CaseStore;
import id.penghubung.store.SyntheticComplaints;
import id.penghubung.ui.app.Desk;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 22: when the reporter's reply window has lapsed the desk says so and offers what LAPOR!
 * allows — "Selesaikan" or "Minta informasi" again; a click chooses that action in the editor and
 * queues nothing.
 */
class ReplyLapseDeskTest extends StoreDesk {
    static final int COMPLAINTS = 300;
    static Complaint lapsed;

    @BeforeAll
    static void fill() {
        openOn(COMPLAINTS);
        DeadlineCalculator calculator = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
        SyntheticComplaints world = new SyntheticComplaints(DeskFixture.SEED);
        for (int i = 0; i < COMPLAINTS && lapsed == null; i++) {
            Complaint c = world.complaint(i);
            if (c.status() == Status.PROSES && calculator.replyWindow(c, DeskFixture.NOW).isOverdue(DeskFixture.NOW)) {
                lapsed = c;
            }
        }
        assertThat(lapsed).as("a complaint whose reporter's window lapsed in the fixture").isNotNull();
    }

    @Test
    void aLapsedReplyWindowOffersSelesaikanOrAskAgainAndAClickChoosesItInTheEditor() throws Exception {
        startApp();
        robot.clickOn("#view-ALL");
        robot.clickOn("#search").write(lapsed.trackingId().toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 1
                && !table().getItems().get(0).loading());
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lapse-COMPLETE").tryQuery().isPresent()
                && robot.lookup("#lapse-COMPLETE").query().isVisible());
        assertThat(robot.lookup("#replyLapse").queryLabeled().getText()).startsWith("Batas jawaban pelapor lewat sejak");
        assertThat(robot.lookup("#lapse-COMPLETE").queryButton().getText()).isEqualTo("Selesaikan");
        assertThat(robot.lookup("#lapse-REQUEST_INFO").queryButton().getText()).isEqualTo("Minta informasi pelapor");

        // Fired as a click would (the button may sit below the pane's fold at the test window's size).
        robot.interact(() -> robot.lookup("#lapse-REQUEST_INFO").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actionType().getValue()).isEqualTo(ActionType.REQUEST_INFO);
        robot.interact(() -> robot.lookup("#lapse-COMPLETE").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actionType().getValue()).isEqualTo(ActionType.COMPLETE);
        // Chosen, not sent: nothing entered the outbox.
        closeApp();
        try (CaseStore store = CaseStore.open(store(), Desk.deadlineIndex(DeskFixture.CLOCK), DeskFixture.CLOCK)) {
            assertThat(store.outboxFor(lapsed.id())).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ActionType> actionType() {
        return robot.lookup("#actionType").queryAs(ComboBox.class);
    }
}
