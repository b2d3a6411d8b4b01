package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Status;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The server's dedupe over real HTTP: an action resent with its ID in another letter case is a DUPLICATE, never applied twice. */
class ActionIdCaseTest {
    @Test
    void theSameActionIdInUpperCaseIsADuplicateAndANumericTypeIsRefused() throws Exception {
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(40))) {
            ApiClient admin = ApiClient.login(server.baseUri(), "admin");
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            WireComplaint c = admin.pullAll(1000).values().stream()
                    .filter(w -> w.agency() != null && w.agency().id().equals("pemkot-bandung")
                            && (w.knownStatus() == Status.BELUM_DITINDAKLANJUTI || w.knownStatus() == Status.PROSES))
                    .findFirst().orElseThrow();
            String id = UUID.randomUUID().toString();
            WireAction lower = new WireAction(id, c.id(), c.version(), ActionType.NOTE, "catatan", null, null, null, null, null, null);
            WireAction upper = new WireAction(id.toUpperCase(Locale.ROOT), c.id(), c.version(), ActionType.NOTE, "catatan", null,
                    null, null, null, null, null);

            ActionResult first = officer.act(upper).results().getFirst();
            ActionResult again = officer.act(lower).results().getFirst();

            assertThat(first.outcome()).isEqualTo(ActionOutcome.APPLIED);
            assertThat(first.actionId()).isEqualTo(id);
            assertThat(again.outcome()).isEqualTo(ActionOutcome.DUPLICATE);
            assertThat(admin.get("/api/v1/admin/complaints/" + c.id() + "/actions").as(id.penghubung.protocol.AppliedActions.class)
                    .actions()).extracting(a -> a.actionId()).containsExactly(id);

            String numeric = "{\"actions\":[{\"actionId\":\"" + UUID.randomUUID() + "\",\"complaintId\":\"" + c.id()
                    + "\",\"baseVersion\":" + c.version() + ",\"type\":5,\"text\":\"x\"}]}";
            ApiClient.Reply refused = officer.postRaw("/api/v1/actions", numeric.getBytes(StandardCharsets.UTF_8));
            assertThat(refused.code()).as(refused.body()).isEqualTo(400);
            assertThat(admin.get("/api/v1/admin/complaints/" + c.id() + "/actions").as(id.penghubung.protocol.AppliedActions.class)
                    .actions()).hasSize(1);
            assertThat(List.of(first, again)).hasSize(2);
        }
    }
}
