package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.AdminDisposeRequest;
import id.penghubung.protocol.AdminHoldRequest;
import id.penghubung.protocol.AdminNewComplaint;
import id.penghubung.protocol.AdminReplyRequest;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireLocation;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 22's rule actions and admin moves on a real training server over HTTP: SET_TIER, EXTEND, TUNDA, reopen, WBS. */
class LaporRuleActionsTest {
    private static CentralServer server;
    private static ApiClient admin;
    private static ApiClient officer;

    @BeforeAll
    static void start() throws IOException {
        server = CentralServer.start(CentralConfig.forTests(SeedRules.MIN_WORLD));
        admin = ApiClient.login(server.baseUri(), "admin");
        officer = ApiClient.login(server.baseUri(), "penghubung");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WireComplaint filed(Classification classification) {
        AdminNewComplaint filed = new AdminNewComplaint("Data anggaran perbaikan jalan", "Mohon rincian anggaran tahun ini.",
                classification, true, false, "pu.jalan", Channel.WEBSITE, null,
                new WireLocation("32", "Jawa Barat", "Kota Bandung", "Coblong", "Dago", "", null, null), null, null);
        WireComplaint c = admin.post("/api/v1/admin/complaints", filed).as(WireComplaint.class);
        return admin.post("/api/v1/admin/complaints/" + c.id() + "/dispose",
                new AdminDisposeRequest(SeedRules.AGENCY, null, null, null, null)).as(WireComplaint.class);
    }

    private static ActionResult act(WireComplaint c, ActionType type, String reason, CompletionTier tier, String text) {
        return officer.act(new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), type, text, null, null, null, reason, null,
                null, tier)).results().getFirst();
    }

    private static boolean has(WireComplaint c, EventType type) {
        return c.events().stream().anyMatch(e -> e.knownType() == type);
    }

    @Test
    void setTierIsRecordedAsATierSetEventCarryingTheTierCode() {
        WireComplaint c = filed(Classification.PENGADUAN);
        ActionResult r = act(c, ActionType.SET_TIER, null, CompletionTier.NO_FIELD_INSPECTION, null);
        assertThat(r.outcome()).isEqualTo(ActionOutcome.APPLIED);
        WireEvent tierSet = r.complaint().events().getLast();
        assertThat(tierSet.knownType()).isEqualTo(EventType.TIER_SET);
        assertThat(tierSet.text()).isEqualTo("NO_FIELD_INSPECTION");
        assertThat(r.complaint().knownStatus()).isEqualTo(Status.BELUM_DITINDAKLANJUTI);
        // A tier without its field is refused.
        assertThat(act(r.complaint(), ActionType.SET_TIER, null, null, null).error().code()).isEqualTo(ErrorCodes.VALIDATION_FAILED);
    }

    @Test
    void aPermintaanInformasiIsExtendedOnceAndTheServerRefusesASecondExtension() {
        WireComplaint c = filed(Classification.PERMINTAAN_INFORMASI);
        ActionResult first = act(c, ActionType.EXTEND, "Data dari tiga dinas", null, null);
        assertThat(first.outcome()).isEqualTo(ActionOutcome.APPLIED);
        assertThat(has(first.complaint(), EventType.EXTENDED)).isTrue();
        ActionResult second = act(first.complaint(), ActionType.EXTEND, "Sekali lagi", null, null);
        assertThat(second.outcome()).isEqualTo(ActionOutcome.REJECTED);
        assertThat(second.error().code()).isEqualTo(ErrorCodes.ALREADY_EXTENDED);
        // Only a Permintaan Informasi has this clock.
        WireComplaint complaint = filed(Classification.PENGADUAN);
        assertThat(act(complaint, ActionType.EXTEND, "Alasan", null, null).error().code()).isEqualTo(ErrorCodes.VALIDATION_FAILED);
    }

    @Test
    void aHeldComplaintRefusesTheOfficersActionsUntilTheAdminResumesIt() {
        WireComplaint c = filed(Classification.PENGADUAN);
        WireComplaint held = admin.post("/api/v1/admin/complaints/" + c.id() + "/hold", new AdminHoldRequest("Menunggu bukti."))
                .as(WireComplaint.class);
        assertThat(held.knownStatus()).isEqualTo(Status.TUNDA);
        assertThat(held.events().getLast().knownType()).isEqualTo(EventType.HELD);
        assertThat(held.events().getLast().text()).isEqualTo("Menunggu bukti.");
        ActionResult refused = act(held, ActionType.RESPOND, null, null, "Tindak lanjut");
        assertThat(refused.error().code()).isEqualTo(ErrorCodes.STATUS_NOT_ALLOWED);
        assertThat(admin.post("/api/v1/admin/complaints/" + c.id() + "/hold", new AdminHoldRequest(" ")).code()).isEqualTo(400);
        WireComplaint resumed = admin.post("/api/v1/admin/complaints/" + c.id() + "/resume", new AdminHoldRequest(null))
                .as(WireComplaint.class);
        assertThat(resumed.knownStatus()).isEqualTo(Status.BELUM_DITINDAKLANJUTI);
        assertThat(resumed.events().getLast().knownType()).isEqualTo(EventType.RESUMED);
        assertThat(act(resumed, ActionType.RESPOND, null, null, "Tindak lanjut").outcome()).isEqualTo(ActionOutcome.APPLIED);
    }

    @Test
    void aReportersReplyAfterSelesaiReopensTheComplaintWithAReopenedEvent() {
        WireComplaint c = filed(Classification.PENGADUAN);
        WireComplaint responded = act(c, ActionType.RESPOND, null, null, "Sedang dicek.").complaint();
        WireComplaint done = act(responded, ActionType.COMPLETE, null, null, "Sudah diperbaiki.").complaint();
        assertThat(done.knownStatus()).isEqualTo(Status.SELESAI);
        WireComplaint reopened = admin.post("/api/v1/admin/complaints/" + c.id() + "/reply",
                new AdminReplyRequest("Belum diperbaiki.", null)).as(WireComplaint.class);
        assertThat(reopened.knownStatus()).isEqualTo(Status.PROSES);
        List<EventType> tail = reopened.events().subList(reopened.events().size() - 2, reopened.events().size()).stream()
                .map(WireEvent::knownType).toList();
        assertThat(tail).containsExactly(EventType.REPORTER_REPLIED, EventType.REOPENED);
    }

    @Test
    void aWbsReportIsConfidentialByDefault() {
        assertThat(filed(Classification.WBS).confidential()).isTrue();
    }

    @Test
    void theSeededWorldHoldsHoldsReopensWbsInformationRequestsAndTiers() {
        Collection<WireComplaint> mine = officer.pullAll(1000).values();
        assertThat(mine).extracting(WireComplaint::knownStatus).contains(Status.TUNDA);
        assertThat(mine).filteredOn(w -> w.knownClassification() == Classification.WBS).isNotEmpty()
                .allMatch(WireComplaint::confidential);
        assertThat(mine).anyMatch(w -> has(w, EventType.REOPENED));
        assertThat(mine).anyMatch(w -> has(w, EventType.EXTENDED) && w.knownClassification() == Classification.PERMINTAAN_INFORMASI);
        assertThat(mine).anyMatch(w -> has(w, EventType.RESUMED));
        assertThat(mine).filteredOn(w -> has(w, EventType.TIER_SET)).hasSizeGreaterThanOrEqualTo(2);
    }
}
