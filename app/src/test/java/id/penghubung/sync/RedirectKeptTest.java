package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.model.action.ActionValidator;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A complaint the LAPOR! admin redirects away stays in the old agency's cache, read-only, with to
 * whom, when and why; the new agency receives it to work on. Over real HTTP against the training server.
 */
class RedirectKeptTest {
    @TempDir
    Path data;

    @Test
    void aRedirectByTheAdminKeepsTheComplaintMarkedInTheOldAgencysCacheAndTheNewAgencyGetsIt() throws Exception {
        try (TrainingWorld world = TrainingWorld.start(20, null);
                Session bandung = world.session(data.resolve("bandung"), "penghubung");
                Session jabar = world.session(data.resolve("jabar"), "penghubung.jabar")) {
            bandung.engine().sync(SyncListener.NONE);
            Complaint before = TrainingWorld.openComplaints(bandung.store(), 50).stream()
                    .filter(c -> c.status() == Status.BELUM_DITINDAKLANJUTI || c.status() == Status.PROSES)
                    .findFirst().orElseThrow();
            Instant asked = Instant.now();

            world.redirect(before.id(), "pemprov-jabar", "Ruas jalan provinsi.");
            bandung.engine().sync(SyncListener.NONE);
            jabar.engine().sync(SyncListener.NONE);

            Complaint kept = bandung.store().complaint(before.id()).orElseThrow();
            assertThat(kept.status()).isEqualTo(Status.DIALIHKAN);
            assertThat(kept.isRedirectedAway()).isTrue();
            assertThat(kept.redirect().orElseThrow().to().id()).isEqualTo("pemprov-jabar");
            assertThat(kept.redirect().orElseThrow().to().name()).isEqualTo("Pemerintah Provinsi Jawa Barat");
            assertThat(kept.redirect().orElseThrow().reason()).isEqualTo("Ruas jalan provinsi.");
            assertThat(kept.redirect().orElseThrow().at()).isAfterOrEqualTo(asked.minusSeconds(1));
            assertThat(kept.version()).isGreaterThan(before.version());
            assertThat(Arrays.stream(ActionType.values()).filter(t -> ActionValidator.allows(kept.status(), t))).isEmpty();

            Instant now = Instant.now();
            assertThat(ids(bandung, InboxView.REDIRECTED, now)).containsExactly(before.id());
            for (InboxView other : List.of(InboxView.NEEDS_FOLLOW_UP, InboxView.ANSWERED, InboxView.NOT_AUTHORIZED,
                    InboxView.OVERDUE, InboxView.DUE_SOON)) {
                assertThat(ids(bandung, other, now)).as(other.name()).doesNotContain(before.id());
            }
            int sum = InboxView.STATUS_VIEWS.stream().mapToInt(v -> ids(bandung, v, now).size()).sum();
            assertThat(sum).isEqualTo(ids(bandung, InboxView.ALL, now).size());

            Complaint received = jabar.store().complaint(before.id()).orElseThrow();
            assertThat(received.status()).isEqualTo(Status.BELUM_DITINDAKLANJUTI);
            assertThat(received.isRedirectedAway()).isFalse();
            assertThat(received.agency().orElseThrow().id()).isEqualTo("pemprov-jabar");
        }
    }

    @Test
    void theSeededTrainingWorldHoldsRedirectsForTheDemoOfficer() throws Exception {
        try (TrainingWorld world = TrainingWorld.start(id.penghubung.central.CentralConfig.forTests(500));
                Session bandung = world.session(data.resolve("seeded"), "penghubung")) {
            bandung.engine().sync(SyncListener.NONE);
            Instant now = Instant.now();
            List<String> redirected = ids(bandung, InboxView.REDIRECTED, now);
            assertThat(redirected).hasSize(3);
            for (String id : redirected) {
                Complaint c = bandung.store().complaint(id).orElseThrow();
                assertThat(c.redirect().orElseThrow().to().name()).isEqualTo("Pemerintah Provinsi Jawa Barat");
                assertThat(c.redirect().orElseThrow().at()).isBefore(now);
                assertThat(c.redirect().orElseThrow().reason()).isNotBlank();
            }
        }
    }

    private static List<String> ids(Session s, InboxView view, Instant now) {
        return s.store().page(InboxQuery.of(view, now, now), 0, 5000).stream().map(InboxRow::id).toList();
    }
}
