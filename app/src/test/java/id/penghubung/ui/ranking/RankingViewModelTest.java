package id.penghubung.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.GroupIndicators;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.report.VolumeGroup;
import id.penghubung.model.sla.MessageRef;
import id.penghubung.ui.common.QueuedExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The ranking's view model: the report model's rows as table rows, the filters as report requests, off the FX thread. */
class RankingViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final QueuedExecutor background = new QueuedExecutor();
    private final List<String> asked = new ArrayList<>();

    private static GroupIndicators group(String id, String name, int due, int onTime, OptionalDouble score, int rank,
            Optional<MessageRef> tie) {
        return new GroupIndicators(id, name, due + 3, due, onTime, due - onTime, OptionalDouble.of(2.0), 4, 3, 5, 2, 1, 0, 0,
                score, rank, VolumeGroup.B, tie);
    }

    private final RankingData data = new RankingData() {
        @Override
        public IndicatorReport report(ReportPeriod period, ReportGrouping by, Optional<String> regency) {
            asked.add(period.from() + ".." + period.to() + " " + by + " " + regency.orElse("*"));
            List<GroupIndicators> groups = List.of(
                    group("pemkab-bangka-tengah", "Pemerintah Kabupaten Bangka Tengah", 40, 38, OptionalDouble.of(93.5), 1,
                            Optional.empty()),
                    group("pemkab-bangka", "Pemerintah Kabupaten Bangka", 8, 2, OptionalDouble.of(41.0), 2,
                            Optional.of(MessageRef.of("ui.ranking.noScore"))),
                    group("", "", 0, 0, OptionalDouble.empty(), 3, Optional.empty()));
            return new IndicatorReport(period, by, "test", CLOCK.instant(), groups, groups.get(0), List.of(), List.of());
        }

        @Override
        public List<String> regencies() {
            return List.of("Kabupaten Bangka", "Kabupaten Bangka Tengah");
        }
    };

    @Test
    void rowsAreTheModelsNumbersAndTheFiltersAskTheModelAgain() {
        RankingViewModel vm = new RankingViewModel(Messages.indonesian(), data, ReportGrouping.INSTITUTION, background,
                Runnable::run, CLOCK, JAKARTA);
        List<RankingViewModel.Row> opened = new ArrayList<>();
        vm.setOnOpen(opened::add);

        vm.refresh();
        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(vm.rows()).as("nothing read on the FX thread").isEmpty();
        background.runAll();

        assertThat(vm.rows()).extracting(RankingViewModel.Row::name)
                .as("complaints without an institution are no row").containsExactly("Pemerintah Kabupaten Bangka Tengah",
                        "Pemerintah Kabupaten Bangka");
        RankingViewModel.Row first = vm.rows().get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.onTimePercent()).isEqualTo(95.0);
        assertThat(first.score()).isEqualTo(93.5);
        assertThat(first.volumeGroup()).isEqualTo("B");
        assertThat(first.tieNote()).isEmpty();
        assertThat(vm.rows().get(1).tieNote()).isEqualTo(Messages.indonesian().get("ui.ranking.noScore"));
        assertThat(vm.regencies()).containsExactly("Kabupaten Bangka", "Kabupaten Bangka Tengah");
        assertThat(asked).containsExactly("2026-01-01..2026-12-31 INSTITUTION *");

        vm.periodProperty().set(RankingPeriod.THIS_QUARTER);
        vm.regencyProperty().set("Kabupaten Bangka Tengah");
        background.runAll();
        assertThat(asked).containsExactly("2026-01-01..2026-12-31 INSTITUTION *", "2026-10-01..2026-12-31 INSTITUTION *",
                "2026-10-01..2026-12-31 INSTITUTION Kabupaten Bangka Tengah");
        assertThat(vm.periodTextProperty().get()).contains("2026-10-01").contains("2026-12-31");

        vm.open(vm.rows().get(1));
        assertThat(opened).extracting(RankingViewModel.Row::id).containsExactly("pemkab-bangka");
    }

    @Test
    void thePeriodsAreWholeMonthsQuartersAndYearsAroundToday() {
        LocalDate today = LocalDate.of(2026, 2, 14);
        assertThat(RankingPeriod.THIS_MONTH.around(today)).isEqualTo(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(RankingPeriod.LAST_MONTH.around(today)).isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertThat(RankingPeriod.THIS_QUARTER.around(today)).isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(RankingPeriod.LAST_YEAR.around(today)).isEqualTo(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    }
}
