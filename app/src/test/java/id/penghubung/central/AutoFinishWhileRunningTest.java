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
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireMapper;
import id.penghubung.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: LAPOR!'s auto-finish while the training server runs. A complaint followed up and then
 * left without the reporter's reply is closed by the SYSTEM when its 10 working days end on the
 * server's own (training) clock, as a new version the desk pulls — not only when the world is seeded.
 */
class AutoFinishWhileRunningTest {
    private static final Instant START = Instant.parse("2026-11-02T03:00:00Z"); // Monday 10.00 WIB

    @Test
    void aComplaintWhoseAutoFinishPassesWhileTheServerRunsIsClosedByTheSystemAndPulledAsANewVersion() throws Exception {
        MutableClock clock = new MutableClock(START);
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(40).withClock(clock))) {
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            WireComplaint c = officer.pullAll(1000).values().stream()
                    .filter(w -> w.knownStatus() == Status.BELUM_DITINDAKLANJUTI).findFirst().orElseThrow();
            WireAction respond = new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.RESPOND,
                    "Sudah kami tindak lanjuti di lapangan.", null, null, null, null, null, null);
            assertThat(officer.act(respond).results().getFirst().outcome()).isEqualTo(ActionOutcome.APPLIED);
            WireComplaint answered = officer.pullAll(1000).get(c.id());
            assertThat(answered.knownStatus()).isEqualTo(Status.PROSES);
            Instant due = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard())
                    .evaluate(WireMapper.toModel(answered), START).of(DeadlineKind.AUTO_FINISH).orElseThrow().dueAt().orElseThrow();
            String cursor = officer.pullAllCursor();

            // A minute before its auto-finish: still open, nothing new in the feed for it.
            clock.set(due.minus(Duration.ofMinutes(1)));
            ApiClient later = ApiClient.login(server.baseUri(), "penghubung");
            assertThat(later.page(cursor, 500).items()).extracting(WireComplaint::id).doesNotContain(c.id());

            // The training clock runs past it: the system closes it, and the desk's next pull brings the new version.
            clock.set(due.plus(Duration.ofHours(2)));
            ApiClient next = ApiClient.login(server.baseUri(), "penghubung");
            List<WireComplaint> page = next.page(cursor, 500).items();
            WireComplaint closed = page.stream().filter(w -> w.id().equals(c.id())).findFirst().orElseThrow();
            assertThat(closed.knownStatus()).isEqualTo(Status.SELESAI);
            assertThat(closed.version()).isEqualTo(answered.version() + 1);
            WireEvent last = closed.events().getLast();
            assertThat(last.knownType()).isEqualTo(EventType.COMPLETED);
            assertThat(last.actor().kind()).isEqualTo(ActorKind.SYSTEM);
            assertThat(last.at()).isEqualTo(due);
            // Applied once: a further pull does not close it again.
            assertThat(next.pullAll(1000).get(c.id()).version()).isEqualTo(closed.version());
        }
    }
}
