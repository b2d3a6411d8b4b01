package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.EventType;
import id.penghubung.model.LinkRelation;
import id.penghubung.model.Status;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** LINK and UNLINK over real HTTP (issue 17): recorded as events the agency's other officer and the Ombudsman see. */
class LinkActionsTest {
    @Test
    void aLinkIsRecordedAndSeenByASecondOfficerAndTheOmbudsman() throws Exception {
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(120))) {
            ApiClient admin = ApiClient.login(server.baseUri(), "admin");
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            Map<String, WireComplaint> all = admin.pullAll(1000);
            WireComplaint x = all.values().stream().filter(w -> agency(w, "pemkot-bandung") && open(w)).findFirst().orElseThrow();
            WireComplaint other = all.values().stream().filter(w -> agency(w, "pemprov-jabar")).findFirst().orElseThrow();

            ActionResult linked = officer.act(link(x, x.version(), other.trackingId(), LinkRelation.DUPLICATE_OF))
                    .results().getFirst();

            assertThat(linked.outcome()).as(String.valueOf(linked.error())).isEqualTo(ActionOutcome.APPLIED);
            WireEvent event = linked.complaint().events().getLast();
            assertThat(event.knownType()).isEqualTo(EventType.LINKED);
            assertThat(event.text()).isEqualTo("DUPLICATE_OF " + other.trackingId());
            for (String reader : List.of("penghubung.bandung2", "ombudsman")) {
                WireComplaint seen = ApiClient.login(server.baseUri(), reader).pullAll(1000).get(x.id());
                assertThat(seen).as(reader).isNotNull();
                assertThat(seen.events()).as(reader).extracting(WireEvent::type, WireEvent::text)
                        .contains(org.assertj.core.groups.Tuple.tuple("LINKED", "DUPLICATE_OF " + other.trackingId()));
            }
        }
    }

    @Test
    void selfLinksDoubleLinksAndUnknownUnlinksAreRefusedAndAClosedComplaintMayBeLinked() throws Exception {
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(120))) {
            ApiClient admin = ApiClient.login(server.baseUri(), "admin");
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            Map<String, WireComplaint> all = admin.pullAll(1000);
            WireComplaint closed = all.values().stream()
                    .filter(w -> agency(w, "pemkot-bandung") && w.knownStatus() == Status.SELESAI).findFirst().orElseThrow();
            WireComplaint other = all.values().stream().filter(w -> !w.id().equals(closed.id())).findFirst().orElseThrow();
            long v = closed.version();

            ActionResult self = officer.act(link(closed, v, closed.trackingId(), LinkRelation.RELATED)).results().getFirst();
            ActionResult unknown = officer.act(link(closed, v, "999999999", LinkRelation.RELATED)).results().getFirst();
            ActionResult noLink = officer.act(WireAction.link(id(), closed.id(), v, other.trackingId(), null)).results().getFirst();
            ActionResult withText = officer.act(new WireAction(id(), closed.id(), v, id.penghubung.model.ActionType.LINK, "teks",
                    null, null, null, null, null, null, other.trackingId(), LinkRelation.RELATED)).results().getFirst();
            ActionResult first = officer.act(link(closed, v, other.trackingId(), LinkRelation.RELATED)).results().getFirst();
            ActionResult twice = officer.act(link(closed, v, other.trackingId(), LinkRelation.DUPLICATE_OF)).results().getFirst();
            ActionResult unlinked = officer.act(WireAction.link(id(), closed.id(), v, other.trackingId(), null)).results().getFirst();

            assertThat(self.error().fields()).containsEntry("relatedTrackingId", "is the complaint itself");
            assertThat(unknown.error().fields()).containsEntry("relatedTrackingId", "unknown complaint");
            assertThat(noLink.error().fields()).containsEntry("relatedTrackingId", "not linked");
            assertThat(withText.error().fields()).containsKey("text");
            assertThat(first.outcome()).as("a closed complaint may be linked: %s", first.error()).isEqualTo(ActionOutcome.APPLIED);
            assertThat(twice.error().fields()).containsEntry("relatedTrackingId", "already linked");
            assertThat(unlinked.outcome()).isEqualTo(ActionOutcome.APPLIED);
            assertThat(unlinked.complaint().events().getLast().text()).isEqualTo("RELATED " + other.trackingId());
            assertThat(unlinked.complaint().events().getLast().knownType()).isEqualTo(EventType.UNLINKED);
            assertThat(unlinked.complaint().knownStatus()).isEqualTo(Status.SELESAI);
        }
    }

    private static WireAction link(WireComplaint c, long version, String related, LinkRelation relation) {
        return WireAction.link(id(), c.id(), version, related, relation);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static boolean agency(WireComplaint w, String agencyId) {
        return w.agency() != null && w.agency().id().equals(agencyId);
    }

    private static boolean open(WireComplaint w) {
        return w.knownStatus() == Status.BELUM_DITINDAKLANJUTI || w.knownStatus() == Status.PROSES;
    }
}
