package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Status;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Role and scope before dedupe, a read-only Ombudsman, no rewritten strings: over real HTTP. */
class ServerRulesHardeningTest {
    private static CentralServer server;
    private static ApiClient admin;
    private static ApiClient officer;

    @BeforeAll
    static void start() throws Exception {
        server = CentralServer.start(CentralConfig.forTests(60));
        admin = ApiClient.login(server.baseUri(), "admin");
        officer = ApiClient.login(server.baseUri(), "penghubung");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WireComplaint open(String agencyId) {
        return admin.pullAll(1000).values().stream()
                .filter(c -> c.agency() != null && c.agency().id().equals(agencyId))
                .filter(c -> c.knownStatus() == Status.BELUM_DITINDAKLANJUTI || c.knownStatus() == Status.PROSES)
                .findFirst().orElseThrow();
    }

    @Test
    void aReplayedActionIdFromAnotherAccountNeverReturnsTheFirstAccountsResult() {
        WireComplaint c = open("pemkot-bandung");
        WireAction action = new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.NOTE, "catatan internal",
                null, null, null, null, null, null);
        assertThat(officer.act(action).results().get(0).outcome()).isEqualTo(ActionOutcome.APPLIED);
        assertThat(officer.act(action).results().get(0).outcome()).as("the same account replays").isEqualTo(ActionOutcome.DUPLICATE);

        ActionResult other = ApiClient.login(server.baseUri(), "penghubung.semarang").act(action).results().get(0);
        assertThat(other.outcome()).isEqualTo(ActionOutcome.REJECTED);
        assertThat(other.error().code()).isEqualTo(ErrorCodes.ACTION_ID_REUSED);
        assertThat(other.version()).isNull();
        assertThat(other.complaint()).isNull();

        ActionResult ombudsman = ApiClient.login(server.baseUri(), "ombudsman").act(action).results().get(0);
        assertThat(ombudsman.outcome()).isEqualTo(ActionOutcome.REJECTED);
        assertThat(ombudsman.error().code()).isEqualTo(ErrorCodes.ROLE_READ_ONLY);
        assertThat(ombudsman.version()).isNull();
    }

    @Test
    void anOmbudsmanCannotUploadAnAttachment() {
        byte[] pdf = SampleFiles.pdf("Unggahan Ombudsman");
        String sha = SampleFiles.sha256(pdf);
        ApiClient ombudsman = ApiClient.login(server.baseUri(), "ombudsman");
        ApiClient.Reply put = ombudsman.send(new Request.Builder().url(server.baseUri() + "/api/v1/attachments/" + sha)
                .put(RequestBody.create(pdf, MediaType.get("application/pdf"))));
        assertThat(put.code()).isEqualTo(403);
        assertThat(put.errorCode()).isEqualTo(ErrorCodes.FORBIDDEN);
        assertThat(officer.get("/api/v1/attachments/" + sha).code()).as("nothing was stored").isEqualTo(404);
    }

    @Test
    void loneSurrogatesAreRefusedNotRewritten() {
        WireComplaint c = open("pemkot-bandung");
        String escaped = "{\"actions\":[{\"actionId\":\"" + UUID.randomUUID() + "\",\"complaintId\":\"" + c.id() + "\",\"baseVersion\":"
                + c.version() + ",\"type\":\"NOTE\",\"text\":\"awal \\ud800 akhir\"}]}";
        ApiClient.Reply escapedReply = officer.postRaw("/api/v1/actions", escaped.getBytes(StandardCharsets.UTF_8));
        assertThat(escapedReply.code()).isEqualTo(400);
        assertThat(escapedReply.errorCode()).isEqualTo(ErrorCodes.MALFORMED_JSON);

        String lowFirst = "{\"username\":\"\\udc00penghubung\",\"password\":\"x\"}";
        ApiClient.Reply login = officer.postRaw("/api/v1/auth/login", lowFirst.getBytes(StandardCharsets.UTF_8));
        assertThat(login.code()).isEqualTo(400);
        assertThat(login.errorCode()).isEqualTo(ErrorCodes.MALFORMED_JSON);

        // A surrogate encoded directly as UTF-8 bytes (ED A0 80) is not UTF-8 at all.
        byte[] head = ("{\"actions\":[{\"actionId\":\"" + UUID.randomUUID() + "\",\"complaintId\":\"" + c.id() + "\",\"baseVersion\":"
                + c.version() + ",\"type\":\"NOTE\",\"text\":\"a").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}]}".getBytes(StandardCharsets.UTF_8);
        byte[] raw = new byte[head.length + 3 + tail.length];
        System.arraycopy(head, 0, raw, 0, head.length);
        raw[head.length] = (byte) 0xED;
        raw[head.length + 1] = (byte) 0xA0;
        raw[head.length + 2] = (byte) 0x80;
        System.arraycopy(tail, 0, raw, head.length + 3, tail.length);
        ApiClient.Reply rawReply = officer.postRaw("/api/v1/actions", raw);
        assertThat(rawReply.code()).isEqualTo(400);

        WireComplaint after = admin.get("/api/v1/admin/complaints/" + c.id()).as(WireComplaint.class);
        assertThat(after.events()).noneSatisfy(e -> assertThat(e.text()).contains("akhir"));
        List<ActionResult> ok = officer.act(new WireAction(UUID.randomUUID().toString(), c.id(), after.version(), ActionType.NOTE,
                "emoji utuh \uD83D\uDE00", null, null, null, null, null, null)).results();
        assertThat(ok.get(0).outcome()).as("a proper pair is fine").isEqualTo(ActionOutcome.APPLIED);
    }
}
