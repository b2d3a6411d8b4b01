package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.store.crypto.FieldCipher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake form's question to the matcher: which cached complaints look like this one, not made yet (issue 20). */
class IntakeSimilarTest {
    @TempDir
    Path dir;

    @Test
    void aComplaintTakenByPhoneFindsTheSameOneFiledOnTheWebsite() {
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(SimilarComplaintsTest.world(), List.of(), "c1");
            try (SimilarComplaints matcher = SimilarComplaints.open(store, FieldCipher.plain())) {
                IntakeProbe phoned = new IntakeProbe("Jalan Cikapayang berlubang dekat Taman Flexi",
                        "Penelepon: lubang besar di Jalan Cikapayang depan Taman Flexi, pengendara ojek jatuh.", "pu.jalan",
                        "Kota Bandung", "Coblong", "Dago", SimilarComplaintsTest.T0.plus(Duration.ofDays(1)));

                List<SimilarCandidate> found = matcher.similarTo(phoned, 5);

                assertThat(found).extracting(SimilarCandidate::trackingId).startsWith(SyntheticComplaints.trackingOf(1))
                        .contains(SyntheticComplaints.trackingOf(2)).doesNotContain(SyntheticComplaints.trackingOf(3));
                IntakeProbe unrelated = new IntakeProbe("Izin usaha belum terbit", "Permohonan izin usaha mikro belum diproses.",
                        "perizinan", "Kota Semarang", "Tembalang", "Bulusan", SimilarComplaintsTest.T0);
                assertThat(matcher.similarTo(unrelated, 5)).noneMatch(c -> c.trackingId().equals(SyntheticComplaints.trackingOf(1)));
            }
        }
    }
}
