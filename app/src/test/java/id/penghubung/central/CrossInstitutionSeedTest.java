package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.protocol.WireMapper;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DeadlineIndex;
import id.penghubung.ui.ombudsman.CrossInstitutionViewModel;
import id.penghubung.ui.ombudsman.InstitutionMember;
import id.penghubung.ui.ombudsman.LoopRow;
import id.penghubung.ui.ombudsman.OmbudsmanData;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ombudsman's view over a real cache of a seeded world (issue 17): the seeded cross-institution
 * groups side by side with each institution's status and answer, and the seeded redirect loop with
 * its working days lost, counted by hand: disposed to the city Tue 10 Nov 2026, back at the city
 * Tue 24 Nov — 11–13, 16–20, 23–24 Nov, no holiday in between: 10 working days.
 */
class CrossInstitutionSeedTest {
    static final int WORLD = 1_000;
    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theOmbudsmanSeesTheSeededGroupsAcrossInstitutionsAndTheLoopWithTenWorkingDaysLost() {
        SeedWorld world = new SeedWorld(7, NOW);
        List<Complaint> complaints = new ArrayList<>(new SeedDuplicates(7, NOW)
                .regroup(0, IntStream.range(0, WORLD).mapToObj(world::complaint).toList()).records().stream()
                .map(r -> WireMapper.toModel(r.wire())).toList());
        List<ComplaintRecord> extra = new SeedCrossInstitution(7, NOW).records(WORLD);
        extra.forEach(r -> complaints.add(WireMapper.toModel(r.wire())));
        assertThat(new SeedCrossInstitution(7, NOW).records(WORLD - 1)).as("small worlds keep their counts").isEmpty();
        String levy1 = extra.get(0).wire().trackingId();
        String levy2 = extra.get(1).wire().trackingId();
        String loop = extra.get(5).wire().trackingId();
        assertThat(Long.parseLong(levy1)).isGreaterThan(complaints.subList(0, WORLD).stream()
                .mapToLong(c -> Long.parseLong(c.trackingId().value())).max().orElseThrow());

        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), DeadlineIndex.none())) {
            for (int from = 0; from < complaints.size(); from += 500) {
                store.applyPage(complaints.subList(from, Math.min(complaints.size(), from + 500)), List.of(), "c" + from);
            }
            CrossInstitutionViewModel vm = new CrossInstitutionViewModel(Messages.of(Locale.of("id")), OmbudsmanData.of(store),
                    WorkingCalendar.bundled(), ZoneId.of("Asia/Jakarta"), Runnable::run, Runnable::run);
            vm.load();

            String levyGroup = vm.groups().stream().filter(m -> m.trackingId().equals(levy1)).findFirst().orElseThrow().group();
            assertThat(vm.groups().stream().filter(m -> m.group().equals(levyGroup)))
                    .extracting(InstitutionMember::trackingId, InstitutionMember::agency, InstitutionMember::status)
                    .contains(org.assertj.core.groups.Tuple.tuple(levy1, "Pemerintah Kota Bandung", "Proses"),
                            org.assertj.core.groups.Tuple.tuple(levy2, "Pemerintah Provinsi Jawa Barat", "Selesai"));
            assertThat(vm.groups().stream().filter(m -> m.trackingId().equals(levy2)).findFirst().orElseThrow().answer())
                    .startsWith("Selesai ditanggapi: Pungutan dihentikan");
            List<String> poles = extra.subList(2, 5).stream().map(r -> r.wire().trackingId()).toList();
            assertThat(vm.groups()).extracting(InstitutionMember::trackingId).containsAll(poles);
            assertThat(vm.groups().stream().filter(m -> m.trackingId().equals(poles.get(1))).findFirst().orElseThrow().answer())
                    .isEqualTo("belum ada jawaban");

            assertThat(vm.loops()).singleElement().satisfies(l -> {
                assertThat(l.trackingId()).isEqualTo(loop);
                assertThat(l.path()).isEqualTo("Pemerintah Kota Bandung → Pemerintah Provinsi Jawa Barat → Pemerintah Kota Bandung");
                assertThat(l.workingDaysLost()).isEqualTo(10);
            });
            assertThat(vm.stateProperty().get()).endsWith("1 pengaduan dilempar bolak-balik.");
            assertThat(vm.loops()).extracting(LoopRow::span).singleElement().asString().contains("10 Nov 2026", "24 Nov 2026");
        }
    }
}
