package id.penghubung.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.model.action.Respond;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.CaseStore;
import id.penghubung.store.SyntheticComplaints;
import id.penghubung.ui.DeskFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, the late warning at the moment of sending: a follow-up written before its deadline (offline) and sent
 * by a sync run after it is told as sent late when the run has sent it; one written in time, or not yet sent, is not.
 */
class LateSendsTest {
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());

    @TempDir
    Path dir;

    @Test
    void aFollowUpWrittenBeforeItsDeadlineAndSentAfterItIsToldWhenTheRunSendsIt() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 300);
        List<Complaint> overdue = overdueFollowUps(300);
        assertThat(overdue).as("two overdue follow-ups in the fixture").hasSizeGreaterThanOrEqualTo(2);
        Complaint late = overdue.get(0);
        Complaint inTime = overdue.get(1);
        Instant due = followUpDue(late);
        UUID lateAction;
        try (CaseStore store = CaseStore.open(file, Desk.deadlineIndex(DeskFixture.CLOCK),
                Clock.fixed(due.minus(Duration.ofHours(2)), ZoneOffset.UTC))) {
            lateAction = store.enqueue(late.id(), late.version(), new Respond("Sudah kami tangani.", List.of())).actionId();
        }
        UUID alreadyLate;
        try (CaseStore store = CaseStore.open(file, Desk.deadlineIndex(DeskFixture.CLOCK), DeskFixture.CLOCK)) {
            // Written after its deadline had passed: the officer saw it late when writing; nothing new to tell.
            alreadyLate = store.enqueue(inTime.id(), inTime.version(), new Respond("Terlambat ditulis.", List.of())).actionId();
        }

        try (CaseStore store = CaseStore.open(file, Desk.deadlineIndex(DeskFixture.CLOCK), DeskFixture.CLOCK)) {
            LateSends sends = new LateSends(store, CALCULATOR, DeskFixture.CLOCK);
            sends.runStarts();
            sends.runEnded(); // a run that sent nothing (offline): nothing to tell yet
            assertThat(sends.take()).isEmpty();

            sends.runStarts();
            for (UUID id : List.of(lateAction, alreadyLate)) {
                store.markSending(id);
                store.markApplied(id, 99);
            }
            sends.runEnded();
            List<TrackingId> told = sends.take();
            assertThat(told).containsExactly(late.trackingId());
            assertThat(sends.take()).as("told once").isEmpty();

            Notices.Notice notice = Notices.sentLate(Messages.indonesian(), told);
            assertThat(notice.text()).contains(late.trackingId().toString()).contains("setelah batas waktunya")
                    .contains("tercatat terlambat");
        }
    }

    private static List<Complaint> overdueFollowUps(int n) {
        SyntheticComplaints world = new SyntheticComplaints(DeskFixture.SEED);
        return IntStream.range(0, n).mapToObj(world::complaint)
                .filter(c -> c.agency().map(a -> a.id().equals("ag-1")).orElse(false))
                .filter(c -> CALCULATOR.evaluate(c, DeskFixture.NOW).deadlines().stream().anyMatch(LateSendsTest::overdue))
                .toList();
    }

    private static boolean overdue(Deadline d) {
        return d.kind() == DeadlineKind.FOLLOW_UP && d.state() == DeadlineState.RUNNING && d.dueAt().isPresent()
                && d.dueAt().get().isBefore(DeskFixture.NOW);
    }

    private static Instant followUpDue(Complaint c) {
        return CALCULATOR.evaluate(c, DeskFixture.NOW).deadlines().stream().filter(LateSendsTest::overdue).findFirst()
                .orElseThrow().dueAt().orElseThrow();
    }
}
