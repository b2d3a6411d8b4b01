package id.penghubung.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.InboxView;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.common.QueuedExecutor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dashboard's view model over its narrow port, without the toolkit or a database. */
class DashboardViewModelTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final QueuedExecutor background = new QueuedExecutor();
    private final List<Instant[]> monthsAsked = new ArrayList<>();

    /** A cache with five open and two completed complaints, two categories and one unit; {@code failing}: unreadable. */
    private DashboardData data(boolean failing) {
        return new DashboardData() {
            @Override
            public Map<Status, Integer> countsByStatus() {
                if (failing) {
                    throw new IllegalStateException("database disk image is malformed");
                }
                Map<Status, Integer> counts = new LinkedHashMap<>();
                counts.put(Status.BELUM_DITINDAKLANJUTI, 5);
                counts.put(Status.SELESAI, 2);
                return counts;
            }

            @Override
            public List<DashboardQueries.Bucket> byCategory(int limit) {
                return List.of(new DashboardQueries.Bucket("k1", "Jalan rusak", 4),
                        new DashboardQueries.Bucket("k2", "Sampah", 3));
            }

            @Override
            public List<DashboardQueries.Bucket> byUnit(int limit) {
                return List.of(new DashboardQueries.Bucket("u1", "Dinas PUPR", 7));
            }

            @Override
            public List<String> complaintsWithEventsBetween(Instant from, Instant to, List<String> eventTypes,
                    int limit) {
                monthsAsked.add(new Instant[] {from, to});
                return List.of("gone"); // listed, but no longer in the cache
            }

            @Override
            public Optional<Complaint> complaint(String id) {
                return Optional.empty();
            }

            @Override
            public List<DashboardQueries.Place> byDistrict(int limit) {
                return List.of(new DashboardQueries.Place("Kota Bandung", "Coblong", 6),
                        new DashboardQueries.Place("Kabupaten Bangka Tengah", "Koba", 2));
            }

            @Override
            public List<Instant> overdueDeadlines(Instant now) {
                // Earlier today (Wed 7 Jan 2026, 10:00 WIB), about three weeks and over two months before.
                return List.of(Instant.parse("2026-01-07T01:00:00Z"), Instant.parse("2025-12-10T05:00:00Z"),
                        Instant.parse("2025-11-03T05:00:00Z"));
            }

            @Override
            public Map<InboxView, Integer> counts(Instant now, Instant soon) {
                return Map.of(InboxView.OVERDUE, 3);
            }
        };
    }

    private DashboardViewModel vm(String lang, boolean failing) {
        return new DashboardViewModel(Messages.of(Locale.of(lang)), data(failing),
                new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard()), background, Runnable::run,
                DeskFixture.CLOCK, JAKARTA);
    }

    @Test
    void barsAreLabelledInTheDesksLanguageAndTheMonthIsTheClocksMonthInJakarta() {
        DashboardViewModel id = vm("id", false);
        DashboardViewModel en = vm("en", false);

        id.refresh();
        en.refresh();
        assertThat(id.loadingProperty().get()).isTrue();
        background.runAll();

        assertThat(id.byStatus()).containsExactly(
                new DashboardViewModel.Bar(Messages.indonesian().label(Status.BELUM_DITINDAKLANJUTI), 5),
                new DashboardViewModel.Bar(Messages.indonesian().label(Status.SELESAI), 2));
        assertThat(en.byStatus()).extracting(DashboardViewModel.Bar::name)
                .containsExactly(Messages.of(Locale.of("en")).label(Status.BELUM_DITINDAKLANJUTI),
                        Messages.of(Locale.of("en")).label(Status.SELESAI));
        assertThat(id.byCategory()).extracting(DashboardViewModel.Bar::name).containsExactly("Jalan rusak", "Sampah");
        assertThat(id.byUnit()).containsExactly(new DashboardViewModel.Bar("Dinas PUPR", 7));
        assertThat(id.monthTextProperty().get()).isEqualTo("Januari 2026");
        assertThat(en.monthTextProperty().get()).isEqualTo("January 2026");
        assertThat(monthsAsked.get(0)).containsExactly(Instant.parse("2025-12-31T17:00:00Z"),
                Instant.parse("2026-01-31T17:00:00Z"));
        assertThat(id.metProperty().get()).as("a listed complaint gone from the cache counts nowhere").isZero();
        assertThat(id.missedProperty().get()).isZero();
        assertThat(id.loadingProperty().get()).isFalse();
        assertThat(id.errorProperty().get()).isEmpty();
    }

    @Test
    void anUnreadableCacheIsSaidInWordsAndTheSpinnerStops() {
        DashboardViewModel vm = vm("id", true);

        vm.refresh();
        background.runAll();

        // One failure path (OfficerText): an unknown failure reads as the generic text, never the raw message.
        Messages id = Messages.indonesian();
        assertThat(vm.errorProperty().get()).isEqualTo(id.get("ui.error.store", id.get("ui.error.unexpected")))
                .doesNotContain("malformed");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.byStatus()).isEmpty();
    }

    @Test
    void theBacklogAgesInWorkingDayBandsThatAddUpToTheSidebarsOverdueAndEveryBarOpensTheInbox() {
        DashboardViewModel vm = vm("id", false);
        List<DashboardViewModel.Drill> opened = new ArrayList<>();
        vm.setOnDrill(opened::add);

        vm.refresh();
        background.runAll();

        Messages id = Messages.indonesian();
        assertThat(vm.ageing()).extracting(DashboardViewModel.Slice::name).containsExactly(
                id.get("ui.dashboard.age.first", 5), id.get("ui.dashboard.age.band", 6, 10),
                id.get("ui.dashboard.age.band", 11, 20), id.get("ui.dashboard.age.last", 20));
        assertThat(vm.ageing()).extracting(DashboardViewModel.Slice::count).containsExactly(1, 0, 1, 1);
        assertThat(vm.ageing().stream().mapToInt(DashboardViewModel.Slice::count).sum())
                .as("the bands add up to the sidebar's overdue count").isEqualTo(vm.overdueProperty().get());
        assertThat(vm.hotSpots()).extracting(DashboardViewModel.Slice::name)
                .containsExactly(id.get("ui.dashboard.place", "Coblong", "Kota Bandung"),
                        id.get("ui.dashboard.place", "Koba", "Kabupaten Bangka Tengah"));

        vm.drill(vm.ageing().get(3).drill());
        vm.drill(vm.topCategories().get(1).drill());
        vm.drill(vm.hotSpots().get(1).drill());
        assertThat(opened).containsExactly(
                new DashboardViewModel.Drill(InboxView.OVERDUE, Optional.empty(), Optional.empty()),
                new DashboardViewModel.Drill(InboxView.ALL, Optional.of("k2"), Optional.empty()),
                new DashboardViewModel.Drill(InboxView.ALL, Optional.empty(), Optional.of("Kabupaten Bangka Tengah")));
    }
}
