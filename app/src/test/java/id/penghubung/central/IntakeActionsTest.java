package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.model.ActionType;
import id.penghubung.model.Status;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.AppliedActions;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireLocation;
import id.penghubung.protocol.WireReporter;
import id.penghubung.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CREATE action over real HTTP: one complaint and one tracking ID however often it is sent (issue 20). */
class IntakeActionsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    static WireAction create(String actionId, String complaintId, String channel, boolean anonymous) {
        return new WireAction(actionId, complaintId, 0L, ActionType.CREATE, null, List.of(), null, null, null, null, null,
                "Lampu penerangan jalan mati di Jalan Cihampelas", "Pelapor menelepon hotline dinas: lampu PJU mati seminggu.",
                "pu.jalan", "PENGADUAN", channel,
                new WireLocation("32", "Jawa Barat", "Kota Bandung", "Coblong", "Cipaganti", "Jalan Cihampelas 120", null, null),
                anonymous, anonymous ? null : new WireReporter("Budi Santoso", "082112345678", null, null),
                Instant.parse("2026-03-02T01:30:00Z"));
    }

    @Test
    void aReplayedCreateGivesOneComplaintWithOneTrackingId() throws IOException {
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(30).withClock(new MutableClock(NOW)))) {
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            int before = officer.pullAll(1000).size();
            WireAction a = create(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "PHONE", false);

            ActionResult first = officer.act(a).results().get(0);
            ActionResult again = officer.act(a).results().get(0);

            assertThat(first.outcome()).as(String.valueOf(first.error())).isEqualTo(ActionOutcome.APPLIED);
            WireComplaint c = first.complaint();
            assertThat(c.id()).isEqualTo(a.complaintId());
            assertThat(c.trackingId()).matches("[0-9]{7}");
            assertThat(c.knownStatus()).isEqualTo(Status.BELUM_DITINDAKLANJUTI);
            assertThat(c.agency().id()).isEqualTo("pemkot-bandung");
            assertThat(c.channel()).isEqualTo("PHONE");
            assertThat(c.submittedAt()).isEqualTo(a.receivedAt());
            assertThat(c.disposedAt()).isEqualTo(NOW);
            assertThat(c.reporter().name()).isEqualTo("Budi Santoso");
            assertThat(again.outcome()).isEqualTo(ActionOutcome.DUPLICATE);
            assertThat(again.complaint().trackingId()).isEqualTo(c.trackingId());
            Map<String, WireComplaint> after = officer.pullAll(1000);
            assertThat(after).hasSize(before + 1);
            assertThat(after.get(a.complaintId()).trackingId()).isEqualTo(c.trackingId());
        }
    }

    @Test
    void aCreateWhoseAnswerWasLostIsOneComplaintOnTheRetry(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("central"));
        WireAction a = create(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "LETTER", true);
        CentralConfig config = CentralConfig.forTests(20).withDataDir(data).withClock(new MutableClock(NOW));
        try (CentralServer dropping = CentralServer.start(config.withFaults(FaultSpec.parse("dropAfterCommit=1")))) {
            ApiClient officer = ApiClient.login(dropping.baseUri(), "penghubung");
            assertThatThrownBy(() -> officer.act(a)).isInstanceOf(UncheckedIOException.class);
            assertThatThrownBy(() -> officer.act(a)).isInstanceOf(UncheckedIOException.class);
        }
        try (CentralServer server = CentralServer.start(config)) {
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            ApiClient admin = ApiClient.login(server.baseUri(), "admin");
            ActionResult retry = officer.act(a).results().get(0);

            assertThat(retry.outcome()).isEqualTo(ActionOutcome.DUPLICATE);
            assertThat(retry.complaint().trackingId()).matches("[0-9]{7}");
            assertThat(retry.complaint().reporter()).isNull();
            AppliedActions applied = admin.get("/api/v1/admin/complaints/" + a.complaintId() + "/actions").as(AppliedActions.class);
            assertThat(applied.actions()).extracting(x -> x.actionId()).containsExactly(a.actionId());
            long same = officer.pullAll(1000).values().stream().filter(c -> c.title().equals(a.title())).count();
            assertThat(same).isEqualTo(1);
        }
    }

    @Test
    void aCreateIsCheckedField_by_fieldAndOnlyAnOfficerMayEnterOne() throws IOException {
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(10).withClock(new MutableClock(NOW)))) {
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            WireAction good = create(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "IN_PERSON", false);
            WireAction bad = new WireAction(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 3L, ActionType.CREATE,
                    "teks", List.of(), null, null, null, null, null, " ", "x", "tidak.ada", "LAINNYA", "WEBSITE",
                    new WireLocation("99", "Tidak ada", "", "", "", "", null, null), false, null, NOW.plusSeconds(3600));

            List<ActionResult> results = officer.act(good, bad).results();

            assertThat(results.get(0).outcome()).isEqualTo(ActionOutcome.APPLIED);
            assertThat(results.get(1).outcome()).isEqualTo(ActionOutcome.REJECTED);
            assertThat(results.get(1).error().code()).isEqualTo(ErrorCodes.VALIDATION_FAILED);
            assertThat(results.get(1).error().fields()).containsKeys("text", "baseVersion", "title", "categoryId", "classification",
                    "channel", "location.provinceId", "reporter.name", "receivedAt");
            WireAction sameId = create(UUID.randomUUID().toString(), good.complaintId(), "PHONE", true);
            assertThat(officer.act(sameId).results().get(0).error().fields()).containsKey("complaintId");
            ApiClient admin = ApiClient.login(server.baseUri(), "admin");
            ActionResult byAdmin = admin.act(create(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "PHONE", true))
                    .results().get(0);
            assertThat(byAdmin.error().code()).isEqualTo(ErrorCodes.OUT_OF_SCOPE);
            ApiClient ombudsman = ApiClient.login(server.baseUri(), "ombudsman");
            assertThat(ombudsman.act(create(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "PHONE", true))
                    .results().get(0).error().code()).isEqualTo(ErrorCodes.ROLE_READ_ONLY);
            WireAction respondWithTitle = new WireAction(UUID.randomUUID().toString(), good.complaintId(), 1L, ActionType.RESPOND,
                    "Sudah dicek.", List.of(), null, null, null, null, null, "judul", null, null, null, null, null, null, null, null);
            assertThat(officer.act(respondWithTitle).results().get(0).error().fields()).containsKey("title");
        }
    }
}
