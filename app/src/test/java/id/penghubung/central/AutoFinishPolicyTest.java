package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.ActorKind;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.SlaPolicies;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireMapper;
import id.penghubung.protocol.WireSlaPolicy;
import id.penghubung.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: the training server's auto-finish follows the {@code autoFinishWorkingDays} it publishes.
 * A server that publishes 3 closes an answered complaint left without the reporter's reply after 3
 * working days — the same moment the desk's clock, fed the published policy, shows — not after 10.
 */
class AutoFinishPolicyTest {
    private static final Instant START = Instant.parse("2026-11-02T03:00:00Z"); // Monday 10.00 WIB

    @Test
    void changingThePublishedAutoFinishPolicyMovesTheServersAutoFinish() throws Exception {
        MutableClock clock = new MutableClock(START);
        WireSlaPolicy three = WireSlaPolicy.defaults().withAutoFinishWorkingDays(3);
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(40).withClock(clock).withSla(three))) {
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            assertThat(officer.get("/api/v1/reference").as(ReferenceData.class).slaPolicy().autoFinishWorkingDays()).isEqualTo(3);
            WireComplaint c = officer.pullAll(1000).values().stream()
                    .filter(w -> w.knownStatus() == Status.BELUM_DITINDAKLANJUTI).findFirst().orElseThrow();
            WireAction respond = new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.RESPOND,
                    "Sudah kami tindak lanjuti di lapangan.", null, null, null, null, null, null);
            assertThat(officer.act(respond).results().getFirst().outcome()).isEqualTo(ActionOutcome.APPLIED);
            WireComplaint answered = officer.pullAll(1000).get(c.id());
            SlaPolicy published = SlaPolicies.toModel(three, SlaPolicy.standard().pauseWhileWaitingForReporter());
            Instant due = new DeadlineCalculator(WorkingCalendar.bundled(), published)
                    .evaluate(WireMapper.toModel(answered), START).of(DeadlineKind.AUTO_FINISH).orElseThrow().dueAt().orElseThrow();
            Instant standardDue = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard())
                    .evaluate(WireMapper.toModel(answered), START).of(DeadlineKind.AUTO_FINISH).orElseThrow().dueAt().orElseThrow();
            assertThat(due).isBefore(standardDue);

            // Past the published 3 working days (long before the standard 10): closed by the system at that moment.
            clock.set(due.plus(Duration.ofHours(2)));
            WireComplaint closed = ApiClient.login(server.baseUri(), "penghubung").pullAll(1000).get(c.id());
            assertThat(closed.knownStatus()).isEqualTo(Status.SELESAI);
            WireEvent last = closed.events().getLast();
            assertThat(last.knownType()).isEqualTo(EventType.COMPLETED);
            assertThat(last.actor().kind()).isEqualTo(ActorKind.SYSTEM);
            assertThat(last.at()).isEqualTo(due);
            assertThat(last.text()).contains("3 hari kerja");
        }
    }
}
