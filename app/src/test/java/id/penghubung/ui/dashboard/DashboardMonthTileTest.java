package id.penghubung.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.CacheCopies;
import id.penghubung.store.CachePage;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.SyntheticComplaints;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month's met/missed tile counts every complaint handled this month (issue 18: it stopped at 5,000,
 * so at an Ombudsman's 300,000 complaints it disagreed with the report): over 6,000 complaints with a
 * stopped clock in one month, a quarter of them answered late, the tile equals the calculator's verdicts
 * over every whole complaint, as the store reads it — judged by the view model, and from the verdicts the
 * store keeps with each complaint's facts.
 */
class DashboardMonthTileTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final int SEEDED = 1_000;
    private static final int COPIES = 6;

    @TempDir
    Path dir;

    @Test
    void theTileCountsEveryComplaintHandledThisMonthBeyondFiveThousand() {
        Instant now = Instant.parse("2025-01-31T03:00:00Z");
        Clock clock = Clock.fixed(now, WIB);
        DeadlineCalculator calc = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines(), clock)) {
            SyntheticComplaints gen = new SyntheticComplaints(18);
            for (int from = 0; from < SEEDED; from += 500) {
                store.applyPage(gen.page(from, 500), List.of(), "c" + from);
            }
            CacheCopies.intoFirstWeek(store);
            CacheCopies.lateAnswers(store, 4, 9);
            CacheCopies.multiply(store, SEEDED, COPIES);
            Instant monthStart = Instant.parse("2024-12-31T17:00:00Z");
            Instant monthEnd = Instant.parse("2025-01-31T17:00:00Z");
            int met = 0;
            int missed = 0;
            CachePage page = store.complaintsAfter(CachePage.Position.START, 1_000);
            while (!page.complaints().isEmpty()) {
                for (Complaint c : page.complaints()) {
                    List<DeadlineState> stopped = calc.evaluate(c, now).deadlines().stream()
                            .filter(d -> d.stoppedAt().map(at -> !at.isBefore(monthStart) && at.isBefore(monthEnd)).orElse(false))
                            .map(Deadline::state).filter(s -> s == DeadlineState.MET || s == DeadlineState.MISSED).toList();
                    missed += stopped.contains(DeadlineState.MISSED) ? 1 : 0;
                    met += !stopped.isEmpty() && !stopped.contains(DeadlineState.MISSED) ? 1 : 0;
                }
                page = store.complaintsAfter(page.next(), 1_000);
            }
            assertThat(met + missed).as("complaints handled this month").isGreaterThan(5_000);
            assertThat(missed).isPositive();
            try (DashboardQueries queries = DashboardQueries.open(store)) {
                DashboardViewModel vm = new DashboardViewModel(Messages.indonesian(), DashboardData.of(store, queries), calc,
                        Runnable::run, Runnable::run, clock, WIB);
                vm.refresh();
                assertThat(vm.metProperty().get()).as("met").isEqualTo(met);
                assertThat(vm.missedProperty().get()).as("missed").isEqualTo(missed);
                // The copies made in SQL have no facts: the trends write them, and the tile then counts the
                // verdicts stored with them (schema v15) — the same numbers.
                assertThat(queries.stoppedClocks(monthStart, monthEnd, List.of("RESPONDED"))).isEmpty();
                TrendData.of(store, calc, clock).trends(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)));
                assertThat(queries.stoppedClocks(monthStart, monthEnd, List.of("RESPONDED"))).isPresent();
                vm.refresh();
                assertThat(vm.metProperty().get()).as("met from the stored verdicts").isEqualTo(met);
                assertThat(vm.missedProperty().get()).as("missed from the stored verdicts").isEqualTo(missed);
            }
        }
    }
}
