package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActorKind;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LAPOR! closes a complaint left without the reporter's reply for 10 working days after a follow-up
 * (auto-finish, closed by the SYSTEM); the training world does too, so no seeded complaint sits open
 * with its auto-finish clock months "late" (which the sidebar counted as overdue and the indicators did not).
 */
class AutoFinishTest {
    private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    @Test
    void noSeededComplaintIsLeftOpenAfterItsAutoFinishAndTheSystemClosedThoseItFinished() throws Exception {
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(SeedRegionComplaints.FULL_WORLD)
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC)))) {
            List<WireComplaint> all = List.copyOf(ApiClient.login(server.baseUri(), "admin").pullAll(1000).values());
            DeadlineCalculator calculator = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
            assertThat(all).noneSatisfy(c -> assertThat(calculator.evaluate(WireMapper.toModel(c), NOW).of(DeadlineKind.AUTO_FINISH)
                    .filter(d -> d.state() == DeadlineState.RUNNING && !d.dueAt().orElseThrow().isAfter(NOW))).isPresent());
            List<WireComplaint> finished = all.stream().filter(c -> c.events().getLast().actor().kind() == ActorKind.SYSTEM
                    && c.events().getLast().knownType() == EventType.COMPLETED).toList();
            assertThat(finished).as("the world holds complaints LAPOR! finished by itself").isNotEmpty();
            for (WireComplaint c : finished) {
                assertThat(c.knownStatus()).isEqualTo(Status.SELESAI);
                WireEvent closing = c.events().getLast();
                // Closed exactly when the desk's own auto-finish clock ends, never before.
                WireComplaint before = new WireComplaint(c.id(), c.trackingId(), c.version() - 1, c.title(), c.body(), c.classification(),
                        c.anonymous(), c.confidential(), c.category(), c.channel(), Status.PROSES.name(), c.submittedAt(), c.disposedAt(),
                        c.incidentDate(), c.location(), c.agency(), c.unit(), c.reporter(), c.attachments(),
                        c.events().subList(0, c.events().size() - 1));
                assertThat(calculator.evaluate(WireMapper.toModel(before), closing.at()).of(DeadlineKind.AUTO_FINISH).orElseThrow()
                        .dueAt()).contains(closing.at());
            }
        }
    }
}
