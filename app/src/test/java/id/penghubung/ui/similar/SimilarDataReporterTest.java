package id.penghubung.ui.similar;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.store.CaseStore;
import id.penghubung.store.SimilarCandidate;
import id.penghubung.store.SimilarReason;
import id.penghubung.store.SimilarWorld;
import id.penghubung.store.SyntheticComplaints;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's matcher (the port the "Pengaduan serupa" pane and the group answer use) names the same
 * reporter as the CLI does, from the keyed hash made with the store's own key: the desk passes no key.
 */
class SimilarDataReporterTest {
    @TempDir
    Path dir;

    /** The small world with the SMS rewording (2) sent by the website reporter of the pothole (1). */
    static List<Complaint> world() {
        List<Complaint> all = new ArrayList<>(SimilarWorld.complaints());
        String first = SyntheticComplaints.trackingOf(1);
        String second = SyntheticComplaints.trackingOf(2);
        Complaint web = all.stream().filter(c -> c.trackingId().value().equals(first)).findFirst().orElseThrow();
        for (int i = 0; i < all.size(); i++) {
            Complaint c = all.get(i);
            if (c.trackingId().value().equals(second)) {
                all.set(i, new Complaint(c.id(), c.trackingId(), c.version(), c.title(), c.body(), c.classification(), false,
                        c.confidential(), c.category(), c.channel(), c.status(), c.submittedAt(), c.disposedAt(),
                        c.incidentDate(), c.location(), c.agency(), c.unit(), web.reporter(), c.attachments(), c.events()));
            }
        }
        return all;
    }

    @Test
    void theDesksCandidatesSayTheSameReporter() {
        try (DataKey key = DataKey.generate();
                CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines(), Clock.systemUTC(),
                        FieldCipher.of(key))) {
            store.applyPage(world(), List.of(), "c1");

            List<SimilarCandidate> found = SimilarData.of(store).similar(new TrackingId(SyntheticComplaints.trackingOf(1)), 5);

            SimilarCandidate sms = found.stream().filter(c -> c.trackingId().equals(SyntheticComplaints.trackingOf(2)))
                    .findFirst().orElseThrow();
            assertThat(sms.reasons()).extracting(SimilarReason::kind).contains(SimilarReason.Kind.REPORTER);
            // Locked (the idle lock), the hashes made before still count; nothing is unsealed.
            store.lock();
            assertThat(SimilarData.of(store).similar(new TrackingId(SyntheticComplaints.trackingOf(2)), 5))
                    .filteredOn(c -> c.trackingId().equals(SyntheticComplaints.trackingOf(1)))
                    .singleElement().satisfies(c -> assertThat(c.reasons()).extracting(SimilarReason::kind)
                            .contains(SimilarReason.Kind.REPORTER));
        }
    }
}
