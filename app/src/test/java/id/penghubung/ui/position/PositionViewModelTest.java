package id.penghubung.ui.position;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.ranking.RankingPeriod;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** "Posisi kami": our rank in our volume group, the last copy with its date offline, or "unavailable". */
class PositionViewModelTest {
    private static final Executor NOW = Runnable::run;
    private static final Instant AT = Instant.parse("2026-11-30T03:00:00Z");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final PositionData.Published BABEL = new PositionData.Published("Kepulauan Bangka Belitung",
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "SKB 2026", Instant.parse("2026-11-29T02:00:00Z"), List.of(
                    new PositionData.Institution("pemprov-babel", "Pemerintah Provinsi", 1, "B", 160, 150, 110, 9, 74.0),
                    new PositionData.Institution("pemkab-bangka-tengah", "Pemerintah Kabupaten Bangka Tengah", 1, "C", 95, 90, 86, 1, 95.9),
                    new PositionData.Institution("pemkab-bangka-barat", "Pemerintah Kabupaten Bangka Barat", 2, "C", 40, 40, 34, 2, 85.0),
                    new PositionData.Institution("pemkab-belitung", "Pemerintah Kabupaten Belitung", 3, "C", 55, 0, 0, 0, null)));

    private static final class Source implements PositionData {
        boolean online;
        Optional<Published> kept = Optional.empty();
        final List<LocalDate[]> asked = new ArrayList<>();

        @Override
        public Published fetch(LocalDate from, LocalDate to) {
            asked.add(new LocalDate[] {from, to});
            if (!online) {
                throw new IllegalStateException("offline");
            }
            return BABEL;
        }

        @Override
        public Optional<Published> last() {
            return kept;
        }
    }

    private static PositionViewModel vm(Source source, SimpleObjectProperty<RankingPeriod> period) {
        return new PositionViewModel(Messages.indonesian(), source, Optional.of("pemkab-bangka-tengah"),
                period, NOW, NOW, Clock.fixed(AT, ZoneOffset.UTC), WIB);
    }

    @Test
    void onlineItSaysOurRankAmongOurVolumeGroupAndMarksOurRow() {
        Source source = new Source();
        source.online = true;
        SimpleObjectProperty<RankingPeriod> period = new SimpleObjectProperty<>(RankingPeriod.THIS_QUARTER);
        PositionViewModel vm = vm(source, period);
        vm.refresh();
        assertThat(source.asked).singleElement().satisfies(d -> assertThat(d).containsExactly(
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(vm.summaryProperty().get()).isEqualTo("Peringkat 1 dari 3 instansi di kelompok volume C se-Kepulauan Bangka Belitung");
        assertThat(vm.staleProperty().get()).isFalse();
        assertThat(vm.sourceProperty().get()).contains("2026-01-01", "SKB 2026").doesNotContain("Tidak tersambung");
        assertThat(vm.rows()).filteredOn(PositionViewModel.Row::ours).singleElement()
                .satisfies(r -> {
                    assertThat(r.name()).isEqualTo("Pemerintah Kabupaten Bangka Tengah");
                    assertThat(r.onTimePercent()).isEqualTo(95.6);
                });
        assertThat(vm.rows().get(3).onTimePercent()).isNull();
    }

    @Test
    void offlineItShowsTheLastCopyWithItsDateOrSaysItIsUnavailable() {
        Source source = new Source();
        PositionViewModel vm = vm(source, new SimpleObjectProperty<>(RankingPeriod.THIS_YEAR));
        vm.refresh();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("Posisi kami belum tersedia.");
        assertThat(vm.sourceProperty().get()).startsWith("Server pusat tidak bisa dihubungi");
        assertThat(vm.staleProperty().get()).isTrue();

        source.kept = Optional.of(BABEL);
        vm.refresh();
        assertThat(vm.rows()).hasSize(4);
        assertThat(vm.summaryProperty().get()).startsWith("Peringkat 1 dari 3");
        assertThat(vm.sourceProperty().get()).startsWith("Tidak tersambung: salinan terakhir").contains("29");
        assertThat(vm.staleProperty().get()).isTrue();
    }
}
