package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.UnitTask;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.AdminRedirectRequest;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireMapper;
import id.penghubung.protocol.WireUnitOrder;
import id.penghubung.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Units that answer (issue 20) over real HTTP: one disposition to three units at once, two answers
 * (one in time, one late), one unit never answering and overdue; the agency's policy bounds the due
 * dates; the Ombudsman reads the answers and cannot write one; an agency the complaint is redirected
 * to does not see the first agency's coordination.
 */
class UnitCoordinationTest {
    private static final String ROADS = "bdg-dsdabm";
    private static final String HEALTH = "bdg-dinkes";
    private static final String TRANSPORT = "bdg-dishub";

    @Test
    void threeUnitsAtOnceTwoAnswersOneOverdue() throws Exception {
        // Monday 2 March 2026, 10:00 WIB: three working days end on Thursday 5 March.
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T03:00:00Z"));
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(40).withClock(clock)
                .withFastPasswordHashing().withTokenLifetimes(Duration.ofDays(30), Duration.ofDays(60)))) {
            ApiClient admin = ApiClient.login(server.baseUri(), "admin");
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            ApiClient ombudsman = ApiClient.login(server.baseUri(), "ombudsman");
            WireComplaint c = officer.pullAll(1000).values().stream()
                    .filter(w -> w.knownStatus() == Status.BELUM_DITINDAKLANJUTI || w.knownStatus() == Status.PROSES)
                    .filter(w -> w.location().provinceId().equals("32"))
                    .findFirst().orElseThrow();
            ReferenceData reference = officer.get("/api/v1/reference").as(ReferenceData.class);
            assertThat(reference.agencyPolicy().agencyId()).isEqualTo("pemkot-bandung");
            assertThat(reference.unitDueWorkingDays()).isEqualTo(3);

            // Later than the policy allows (Friday is the fourth working day): refused, nothing written.
            ActionResult tooLate = officer.act(dispose(c, List.of(new WireUnitOrder(ROADS, "Cek", LocalDate.parse("2026-03-06")))))
                    .results().getFirst();
            assertThat(tooLate.outcome()).isEqualTo(ActionOutcome.REJECTED);
            assertThat(tooLate.error().fields()).containsKey("units[0].dueDate");

            ActionResult disposed = officer.act(dispose(c, List.of(
                    new WireUnitOrder(ROADS, "Mohon cek lokasi.", null),
                    new WireUnitOrder(HEALTH, "Mohon cek puskesmas.", LocalDate.parse("2026-03-03")),
                    new WireUnitOrder(TRANSPORT, "Mohon pasang rambu.", LocalDate.parse("2026-03-04"))))).results().getFirst();
            assertThat(disposed.outcome()).as("%s", disposed.error()).isEqualTo(ActionOutcome.APPLIED);
            Map<String, LocalDate> due = disposed.complaint().events().stream()
                    .filter(e -> e.knownType() == EventType.DISPOSED_TO_UNIT && e.unitStep() != null)
                    .collect(Collectors.toMap(e -> e.unitStep().unitId(), e -> e.unitStep().dueDate()));
            assertThat(due).containsExactlyInAnyOrderEntriesOf(Map.of(ROADS, LocalDate.parse("2026-03-05"),
                    HEALTH, LocalDate.parse("2026-03-03"), TRANSPORT, LocalDate.parse("2026-03-04")));
            long version = disposed.version();

            // A unit still waiting cannot be disposed again.
            ActionResult again = officer.act(dispose(c, List.of(new WireUnitOrder(HEALTH, "Lagi", null)))).results().getFirst();
            assertThat(again.outcome()).isEqualTo(ActionOutcome.REJECTED);
            assertThat(again.error().fields()).containsEntry("units[0].unitId", "already waiting for this unit's answer");

            // Wednesday: the roads unit answers in time, the health unit a day late.
            clock.set(Instant.parse("2026-03-04T04:00:00Z"));
            ActionResult roads = officer.act(reply(c, version, ROADS, "Lubang sudah ditambal.", "Kasi Pemeliharaan Jalan",
                    Instant.parse("2026-03-04T02:00:00Z"))).results().getFirst();
            ActionResult health = officer.act(reply(c, version, HEALTH, "Puskesmas sudah ditegur.", "Kabid Yankes",
                    Instant.parse("2026-03-04T03:30:00Z"))).results().getFirst();
            assertThat(List.of(roads.outcome(), health.outcome())).containsOnly(ActionOutcome.APPLIED);
            ActionResult remind = officer.act(new WireAction(UUID.randomUUID().toString(), c.id(), version, ActionType.UNIT_REMIND,
                    null, null, TRANSPORT, "Mohon jawaban hari ini.", null, null, null)).results().getFirst();
            assertThat(remind.outcome()).isEqualTo(ActionOutcome.APPLIED);
            ActionResult noOpen = officer.act(reply(c, version, ROADS, "Lagi", "Kasi", Instant.parse("2026-03-04T03:00:00Z")))
                    .results().getFirst();
            assertThat(noOpen.error().fields()).containsEntry("unitId", "no open disposition to this unit");

            // What the desk reads from it on Friday: two answered (one met its date, one did not), one overdue.
            Complaint pulled = WireMapper.toModel(officer.pullAll(1000).get(c.id()));
            Map<String, UnitTask> tasks = UnitTask.of(pulled).stream().collect(Collectors.toMap(UnitTask::unitId, t -> t));
            assertThat(tasks.get(ROADS).state()).isEqualTo(UnitTask.State.ANSWERED);
            assertThat(tasks.get(ROADS).metDeadline(WorkingCalendar.DEFAULT_ZONE)).contains(true);
            assertThat(tasks.get(ROADS).reply().orElseThrow().unitStep().orElseThrow().answeredBy()).contains("Kasi Pemeliharaan Jalan");
            assertThat(tasks.get(HEALTH).metDeadline(WorkingCalendar.DEFAULT_ZONE)).contains(false);
            assertThat(tasks.get(TRANSPORT).isOverdue(LocalDate.parse("2026-03-06"))).isTrue();
            assertThat(tasks.get(TRANSPORT).reminders()).hasSize(1);

            // The Ombudsman office reads the answers, read-only.
            WireComplaint seen = ombudsman.pullAll(1000).get(c.id());
            assertThat(seen.events()).extracting(WireEvent::type).contains("UNIT_REPLIED", "UNIT_REMINDED");
            ActionResult ombudsmanReply = ombudsman.act(reply(c, version, TRANSPORT, "x", "y", Instant.parse("2026-03-04T03:00:00Z")))
                    .results().getFirst();
            assertThat(ombudsmanReply.error().code()).isEqualTo(ErrorCodes.ROLE_READ_ONLY);

            // Withdrawn, the unit can be disposed again, in the older single-unit form (the policy's date).
            ActionResult withdrawn = officer.act(new WireAction(UUID.randomUUID().toString(), c.id(), version, ActionType.UNIT_WITHDRAW,
                    null, null, TRANSPORT, null, "Rambu dipasang kecamatan.", null, null)).results().getFirst();
            assertThat(withdrawn.outcome()).isEqualTo(ActionOutcome.APPLIED);
            ActionResult legacy = officer.act(new WireAction(UUID.randomUUID().toString(), c.id(), version, ActionType.DISPOSE,
                    null, null, TRANSPORT, "Cek ulang rambu.", null, null, null)).results().getFirst();
            assertThat(legacy.outcome()).isEqualTo(ActionOutcome.APPLIED);
            assertThat(legacy.complaint().events().getLast().unitStep().dueDate()).isEqualTo(LocalDate.parse("2026-03-09"));

            // Redirected to the province, its officers do not see the city's coordination.
            ApiClient.Reply redirected = admin.post("/api/v1/admin/complaints/" + c.id() + "/redirect",
                    new AdminRedirectRequest("pemprov-jabar", "Jalan provinsi"));
            assertThat(redirected.code()).as(redirected.body()).isEqualTo(200);
            WireComplaint province = ApiClient.login(server.baseUri(), "penghubung.jabar").pullAll(1000).get(c.id());
            assertThat(province.events()).extracting(WireEvent::type)
                    .doesNotContain("DISPOSED_TO_UNIT", "UNIT_REPLIED", "UNIT_REMINDED", "UNIT_WITHDRAWN");
        }
    }

    private static WireAction dispose(WireComplaint c, List<WireUnitOrder> units) {
        return new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.DISPOSE, null, null, null, null, null, null,
                null, units, null, null);
    }

    private static WireAction reply(WireComplaint c, long version, String unit, String text, String by, Instant at) {
        return new WireAction(UUID.randomUUID().toString(), c.id(), version, ActionType.UNIT_REPLY, text, null, unit, null, null, null,
                null, null, by, at);
    }
}
