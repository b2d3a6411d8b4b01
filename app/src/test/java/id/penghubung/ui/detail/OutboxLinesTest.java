package id.penghubung.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox rows of the detail pane in full, and withdrawing that hands the action back to the form. */
class OutboxLinesTest {
    @TempDir
    Path dir;

    @Test
    void aRowNamesTheUnitAndAWithdrawnActionGoesBackToTheEditor() {
        DeskFixture.fill(dir.resolve("cache.db"), 50);
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), Desk.deadlineIndex(DeskFixture.CLOCK),
                DeskFixture.CLOCK)) {
            Complaint c = store.complaint(DeskFixture.actionable(50).id()).orElseThrow();
            OutboxEntry queued = store.enqueue(c.id(), c.version(), new Dispose("unit-2", "Periksa saluran."));
            DetailViewModel vm = new DetailViewModel(Messages.of(Locale.of("id")), DetailData.of(store),
                    new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard()), AttachmentAccess.none(),
                    Runnable::run, Runnable::run, DeskFixture.CLOCK, java.time.ZoneOffset.UTC);
            vm.setNames(id -> id.equals("unit-2") ? Optional.of("Bidang 3") : Optional.empty(), id -> Optional.empty());
            List<OutboxEntry> edited = new ArrayList<>();
            vm.setOnEdit(edited::add);
            vm.show(Optional.of(c.id()));

            OutboxLine line = vm.outbox().get(0);
            assertThat(line.what()).isEqualTo("Disposisi ke unit kerja");
            assertThat(line.state()).isEqualTo("Menunggu dikirim");
            // Issue 22: when it was written, in the office's zone with its label (UTC here: none of the three).
            assertThat(line.written()).endsWith(" UTC");
            assertThat(line.description().recipient()).isEqualTo("Kepada: unit kerja Bidang 3");
            assertThat(line.description().text()).isEqualTo("Periksa saluran.");

            vm.withdraw(line);
            assertThat(edited).extracting(OutboxEntry::actionId).containsExactly(queued.actionId());
            assertThat(vm.outbox()).isEmpty();
            assertThat(vm.noticeProperty().get()).contains("editor");
        }
    }
}
