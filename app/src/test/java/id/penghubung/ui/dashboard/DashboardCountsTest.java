package id.penghubung.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.InboxView;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard never contradicts the sidebar (issue 15): it counts complaints, not clock stops. */
class DashboardCountsTest {
    @TempDir
    Path dir;

    @Test
    void theDeadlineNumbersCountComplaintsAndTheOverdueNumberIsTheSidebars() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 3_000);
        DeadlineCalculator calc = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
        try (CaseStore store = CaseStore.open(file, Desk.deadlineIndex(DeskFixture.CLOCK), DeskFixture.CLOCK)) {
            DashboardQueries queries = DashboardQueries.open(store);
            DashboardViewModel vm = new DashboardViewModel(Messages.indonesian(), DashboardData.of(store, queries), calc, Runnable::run,
                    Runnable::run, DeskFixture.CLOCK, ZoneOffset.UTC);
            vm.refresh();

            var from = DeskFixture.NOW.atZone(ZoneOffset.UTC).withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            var to = from.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
            int handled = queries.complaintsWithEventsBetween(from, to, List.of("VERIFIED", "DISPOSED",
                    "RESPONDED", "NOT_AUTHORIZED", "COMPLETED", "ARCHIVED", "REDIRECTED"), DashboardViewModel.MONTH_ALL).size();
            assertThat(vm.metProperty().get() + vm.missedProperty().get()).as("each complaint once")
                    .isPositive().isLessThanOrEqualTo(handled);
            int sidebar = store.counts(DeskFixture.NOW, calc.calendar().addWorkingDays(DeskFixture.NOW, 2))
                    .get(InboxView.OVERDUE);
            assertThat(sidebar).isPositive();
            assertThat(vm.overdueProperty().get()).as("the sidebar's overdue count").isEqualTo(sidebar);
        }
    }
}
