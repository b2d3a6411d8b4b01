package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.action.Respond;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.CaseStore;
import id.penghubung.store.SyntheticComplaints;
import id.penghubung.ui.app.Desk;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, "never strand work offline": an action carries the time it was written, and a follow-up
 * written before its deadline but still unsent after it warns on its queued row that LAPOR! counts
 * the posting time.
 */
class LateFollowUpDeskTest extends StoreDesk {
    static final int COMPLAINTS = 300;
    static Complaint late;
    static Instant due;

    @BeforeAll
    static void fill() {
        openOn(COMPLAINTS);
        DeadlineCalculator calculator = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
        SyntheticComplaints world = new SyntheticComplaints(DeskFixture.SEED);
        for (int i = 0; i < COMPLAINTS && late == null; i++) {
            Complaint c = world.complaint(i);
            if (!c.agency().map(a -> a.id().equals("ag-1")).orElse(false)) {
                continue;
            }
            for (Deadline d : calculator.evaluate(c, DeskFixture.NOW).deadlines()) {
                if (d.kind() == DeadlineKind.FOLLOW_UP && d.state() == DeadlineState.RUNNING && d.dueAt().isPresent()
                        && d.dueAt().get().isBefore(DeskFixture.NOW)) {
                    late = c;
                    due = d.dueAt().get();
                }
            }
        }
        assertThat(late).as("an overdue follow-up in the fixture").isNotNull();
        // Written (offline) two hours before the deadline; the desk now stands after it, still unsent.
        Clock written = Clock.fixed(due.minus(Duration.ofHours(2)), ZoneOffset.UTC);
        try (CaseStore store = CaseStore.open(store(), Desk.deadlineIndex(DeskFixture.CLOCK), written)) {
            store.enqueue(late.id(), late.version(), new Respond("Sudah kami tangani di lapangan.", List.of()));
        }
    }

    @Test
    void aFollowUpWrittenBeforeItsDeadlineAndStillUnsentAfterItWarnsOnItsRow() throws Exception {
        startApp();
        robot.clickOn("#view-OUTBOX");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 1
                && !table().getItems().get(0).loading());
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".outbox-late").tryQuery().isPresent());
        String warning = robot.lookup(".outbox-late").queryAs(Label.class).getText();
        assertThat(warning).startsWith("Ditulis ").contains("sebelum batas tindak lanjut").contains("LAPOR! menghitung waktu kirim")
                .contains("tercatat terlambat");
    }
}
