package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Category;
import id.penghubung.model.Complaint;
import id.penghubung.model.Location;
import id.penghubung.model.TrackingId;
import id.penghubung.store.SimilarReason.Detail;
import id.penghubung.store.SimilarReason.Kind;
import id.penghubung.store.crypto.FieldCipher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's missed pair (#3101565 and #3108678): the same report, word for word, filed by many
 * people across a city, so every one of its words is in more complaints than the index query allows
 * (the ceiling that keeps a query cheap). Two of them in one district a day apart must still list
 * each other: text that is common because the issue is common still counts.
 */
class SimilarCommonTextTest {
    static final Category BANSOS = new Category("sosial.bansos", "Bantuan sosial", Optional.of("sosial"));
    static final String TITLE = "Potongan dana BLT oleh oknum perangkat desa";
    static final Instant T0 = Instant.parse("2026-11-07T04:14:02Z");
    static final String[][] PLACES = {{"Coblong", "Sekeloa"}, {"Coblong", "Dago"}, {"Kiaracondong", "Babakan Sari"},
        {"Buahbatu", "Jatisari"}, {"Antapani", "Antapani Kidul"}, {"Cicendo", "Pasirkaliki"}, {"Ujungberung", "Cigending"},
        {"Sukajadi", "Pasteur"}, {"Buahbatu", "Cijawura"}, {"Antapani", "Antapani Tengah"}};

    @TempDir
    Path dir;

    static String body(String village, String amount) {
        return "Saat pencairan BLT di balai desa " + village + ", setiap penerima diminta menyerahkan Rp" + amount
                + " kepada oknum perangkat desa dengan alasan uang administrasi. Warga takut menolak karena khawatir"
                + " dicoret dari daftar. Mohon kasus ini diperiksa.";
    }

    static Location bandung(String district, String village) {
        return new Location("32", "Jawa Barat", "Kota Bandung", district, village, "", Optional.empty());
    }

    /** Forty unrelated complaints and ten copies of the BLT report: 1 and 2 in Coblong a day and a half apart. */
    static List<Complaint> world() {
        List<Complaint> all = new ArrayList<>(new SyntheticComplaints(3).page(100, 40));
        for (int i = 0; i < PLACES.length; i++) {
            // The others are in other districts, or weeks away.
            Instant at = i < 2 ? T0.plus(Duration.ofHours(38L * i)) : T0.plus(Duration.ofDays(3L * i - 20));
            all.add(SimilarComplaintsTest.report(i + 1, TITLE, body(PLACES[i][1], "1." + (100 + 30 * i) + ".000"), BANSOS,
                    bandung(PLACES[i][0], PLACES[i][1]), at, Optional.empty()));
        }
        return all;
    }

    @Test
    void theSameReportFiledAcrossTheCityStillFindsItsNeighbourInTheDistrict() {
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(world(), List.of(), "c1");
            try (SimilarComplaints matcher = SimilarComplaints.open(store, FieldCipher.plain())) {
                String first = SyntheticComplaints.trackingOf(1);
                String second = SyntheticComplaints.trackingOf(2);

                List<SimilarCandidate> fromFirst = matcher.similar(new TrackingId(first), 5).orElseThrow();
                List<SimilarCandidate> fromSecond = matcher.similar(new TrackingId(second), 5).orElseThrow();

                assertThat(fromFirst).extracting(SimilarCandidate::trackingId).startsWith(second).doesNotContain(first);
                assertThat(fromSecond).extracting(SimilarCandidate::trackingId).startsWith(first);
                SimilarCandidate best = fromFirst.getFirst();
                assertThat(best.reasons()).extracting(SimilarReason::detail)
                        .contains(Detail.TITLE, Detail.SAME_CATEGORY, Detail.SAME_DISTRICT);
                assertThat(best.reasons()).filteredOn(r -> r.kind() == Kind.TIME).extracting(SimilarReason::days)
                        .containsExactly(2L);
                // The copies elsewhere in the city are candidates too, below the neighbour.
                assertThat(fromFirst).hasSize(5).allMatch(c -> c.score() <= best.score());
            }
        }
    }
}
