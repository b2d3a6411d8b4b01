package id.penghubung.model.sla;

import static id.penghubung.model.ModelFixtures.complaint;
import static id.penghubung.model.ModelFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.OfficeZone;
import id.penghubung.model.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The four clocks around Idul Fitri 2026 (18-24 March off), with the real calendar. */
class DeadlineCalculatorTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled();
    private static final DeadlineCalculator STANDARD = new DeadlineCalculator(CALENDAR, SlaPolicy.standard());
    /** End of Friday 27 March 2026 WIB: 5 working days after Friday 13 March. */
    private static final Instant FOLLOW_UP_DUE = OffsetDateTime.parse("2026-03-28T00:00+07:00").toInstant();

    /** Submitted Wed 11 March, verified and disposed Fri 13 March 14:00 WIB. */
    static ComplaintBuilder disposedFriday13() {
        return new ComplaintBuilder(complaint("2026-03-11T08:00").disposed("2026-03-13T14:00"));
    }

    private static Deadline of(Complaint complaint, DeadlineKind kind, String nowWib) {
        return STANDARD.evaluate(complaint, wib(nowWib)).of(kind).orElseThrow();
    }

    private static String indonesian(Deadline deadline) {
        MessageRef ref = RemainingTime.remaining(deadline);
        return Messages.indonesian().get(ref.key(), ref.argsArray());
    }

    private static String english(Deadline deadline) {
        MessageRef ref = RemainingTime.remaining(deadline);
        return Messages.of(Messages.ENGLISH).get(ref.key(), ref.argsArray());
    }

    @Nested
    class FollowUp {
        @Test
        void runningAfterDisposalIsDueFriday27March() {
            Complaint c = disposedFriday13().build();
            DeadlineSummary summary = STANDARD.evaluate(c, wib("2026-03-17T10:00"));
            Deadline followUp = summary.of(DeadlineKind.FOLLOW_UP).orElseThrow();
            assertThat(followUp.state()).isEqualTo(DeadlineState.RUNNING);
            assertThat(followUp.startedAt()).contains(wib("2026-03-13T14:00"));
            assertThat(followUp.dueAt()).contains(FOLLOW_UP_DUE);
            assertThat(followUp.workingDaysRemaining()).isEqualTo(3); // 25, 26, 27 March
            assertThat(followUp.isOpen()).isTrue();
            assertThat(indonesian(followUp)).isEqualTo("3 hari kerja lagi");
            assertThat(english(followUp)).isEqualTo("3 working days left");
            assertThat(summary.nextDueAt()).contains(FOLLOW_UP_DUE);
            assertThat(summary.mostUrgent()).contains(followUp);
            assertThat(summary.isOverdue(wib("2026-03-17T10:00"))).isFalse();
        }

        @Test
        void dueTodayOnTheLastDayAndLateAfter() {
            Complaint c = disposedFriday13().build();
            Deadline today = of(c, DeadlineKind.FOLLOW_UP, "2026-03-27T16:00");
            assertThat(today.workingDaysRemaining()).isZero();
            assertThat(indonesian(today)).isEqualTo("Jatuh tempo hari ini");

            Instant now = wib("2026-04-01T10:00");
            DeadlineSummary summary = STANDARD.evaluate(c, now);
            Deadline late = summary.of(DeadlineKind.FOLLOW_UP).orElseThrow();
            assertThat(late.state()).isEqualTo(DeadlineState.RUNNING);
            assertThat(late.isOverdue(now)).isTrue();
            assertThat(late.workingDaysRemaining()).isEqualTo(-3); // 30, 31 March, 1 April
            assertThat(indonesian(late)).isEqualTo("Terlambat 3 hari kerja");
            assertThat(english(late)).isEqualTo("3 working days late");
            assertThat(summary.isOverdue(now)).isTrue();
            assertThat(summary.mostUrgent()).contains(late);
        }

        @Test
        void metByAResponseBeforeTheDue() {
            Complaint c = disposedFriday13().event(EventType.RESPONDED, "2026-03-25T10:00").status(Status.PROSES).build();
            Deadline followUp = of(c, DeadlineKind.FOLLOW_UP, "2026-04-01T10:00");
            assertThat(followUp.state()).isEqualTo(DeadlineState.MET);
            assertThat(followUp.stoppedAt()).contains(wib("2026-03-25T10:00"));
            assertThat(followUp.workingDaysRemaining()).isEqualTo(2); // 26 and 27 to spare
            assertThat(followUp.isOpen()).isFalse();
            assertThat(indonesian(followUp)).isEqualTo("Terpenuhi, 2 hari kerja sebelum batas waktu");
        }

        @Test
        void missedByALateResponse() {
            Complaint c = disposedFriday13().event(EventType.RESPONDED, "2026-03-30T09:00").status(Status.PROSES).build();
            Deadline followUp = of(c, DeadlineKind.FOLLOW_UP, "2026-04-01T10:00");
            assertThat(followUp.state()).isEqualTo(DeadlineState.MISSED);
            assertThat(followUp.workingDaysRemaining()).isEqualTo(-1);
            assertThat(indonesian(followUp)).isEqualTo("Tidak terpenuhi, terlambat 1 hari kerja");
            assertThat(STANDARD.evaluate(c, wib("2026-04-01T10:00")).hasMissed()).isTrue();
        }

        @Test
        void notAuthorizedAlsoStopsIt() {
            Complaint c = disposedFriday13().event(EventType.NOT_AUTHORIZED, "2026-03-16T09:00").build();
            DeadlineSummary summary = STANDARD.evaluate(c, wib("2026-05-20T09:00"));
            assertThat(summary.of(DeadlineKind.FOLLOW_UP).orElseThrow().state()).isEqualTo(DeadlineState.MET);
            assertThat(summary.of(DeadlineKind.COMPLETION).orElseThrow().state()).isEqualTo(DeadlineState.MET);
            assertThat(summary.nextDueAt()).isEmpty();
        }

        @Test
        void aQuestionAfterTheDueGivesALateFollowUp() {
            Complaint c = disposedFriday13().event(EventType.INFO_REQUESTED, "2026-03-30T10:00").build();
            Deadline followUp = of(c, DeadlineKind.FOLLOW_UP, "2026-03-31T10:00");
            assertThat(followUp.state()).isEqualTo(DeadlineState.MISSED);
            assertThat(followUp.workingDaysRemaining()).isEqualTo(-1); // Monday 30 March
        }

        @Test
        void aWitaOfficeIsDueAtItsOwnMidnight() {
            DeadlineCalculator makassar = new DeadlineCalculator(CALENDAR.withZone(OfficeZone.WITA.zone()), SlaPolicy.standard());
            Deadline followUp = makassar.evaluate(disposedFriday13().build(), wib("2026-03-17T10:00"))
                    .of(DeadlineKind.FOLLOW_UP).orElseThrow();
            assertThat(followUp.dueAt()).contains(OffsetDateTime.parse("2026-03-28T00:00+08:00").toInstant());
        }
    }

    @Nested
    class Verification {
        @Test
        void runningThenMetOrMissed() {
            Complaint waiting = complaint("2026-03-02T09:00").build(); // Monday
            Deadline running = of(waiting, DeadlineKind.VERIFICATION, "2026-03-04T10:00");
            assertThat(running.state()).isEqualTo(DeadlineState.RUNNING);
            assertThat(running.dueAt()).contains(OffsetDateTime.parse("2026-03-06T00:00+07:00").toInstant());
            assertThat(running.workingDaysRemaining()).isEqualTo(1);
            assertThat(indonesian(running)).isEqualTo("1 hari kerja lagi");
            assertThat(english(running)).isEqualTo("1 working day left");
            DeadlineSummary summary = STANDARD.evaluate(waiting, wib("2026-03-04T10:00"));
            assertThat(summary.of(DeadlineKind.FOLLOW_UP).orElseThrow().state()).isEqualTo(DeadlineState.NOT_STARTED);
            assertThat(indonesian(summary.of(DeadlineKind.FOLLOW_UP).orElseThrow())).isEqualTo("Belum berjalan");

            Complaint onTime = complaint("2026-03-02T09:00").disposed("2026-03-05T16:00").build();
            assertThat(of(onTime, DeadlineKind.VERIFICATION, "2026-03-10T10:00").state()).isEqualTo(DeadlineState.MET);
            assertThat(indonesian(of(onTime, DeadlineKind.VERIFICATION, "2026-03-10T10:00")))
                    .isEqualTo("Terpenuhi pada hari jatuh tempo");

            Complaint late = complaint("2026-03-02T09:00").disposed("2026-03-09T08:00").build();
            Deadline missed = of(late, DeadlineKind.VERIFICATION, "2026-03-10T10:00");
            assertThat(missed.state()).isEqualTo(DeadlineState.MISSED);
            assertThat(missed.workingDaysRemaining()).isEqualTo(-2); // Fri 6 and Mon 9
        }
    }

    @Nested
    class AutoFinishAndCompletion {
        @Test
        void autoFinishRunsTenWorkingDaysFromAnUnansweredResponse() {
            Complaint c = disposedFriday13().event(EventType.RESPONDED, "2026-03-25T10:00").status(Status.PROSES).build();
            DeadlineSummary summary = STANDARD.evaluate(c, wib("2026-03-26T10:00"));
            Deadline autoFinish = summary.of(DeadlineKind.AUTO_FINISH).orElseThrow();
            assertThat(autoFinish.state()).isEqualTo(DeadlineState.RUNNING);
            // 26, 27, 30, 31 March, 1, 2 April, (3 April Good Friday), 6, 7, 8, 9 April
            assertThat(autoFinish.dueAt()).contains(OffsetDateTime.parse("2026-04-10T00:00+07:00").toInstant());
            assertThat(autoFinish.workingDaysRemaining()).isEqualTo(9);

            Deadline completion = summary.of(DeadlineKind.COMPLETION).orElseThrow();
            assertThat(completion.state()).isEqualTo(DeadlineState.RUNNING);
            // 60 calendar days after 13 March is 12 May
            assertThat(completion.dueAt()).contains(OffsetDateTime.parse("2026-05-13T00:00+07:00").toInstant());
            assertThat(summary.nextDueAt()).isEqualTo(autoFinish.dueAt());
        }

        @Test
        void aReplyToTheResponseStopsAutoFinishUntilTheNextResponse() {
            Complaint replied = disposedFriday13()
                    .event(EventType.RESPONDED, "2026-03-25T10:00")
                    .event(EventType.REPORTER_REPLIED, "2026-03-26T10:00")
                    .status(Status.PROSES).build();
            assertThat(of(replied, DeadlineKind.AUTO_FINISH, "2026-03-27T10:00").state()).isEqualTo(DeadlineState.NOT_STARTED);

            Complaint respondedAgain = disposedFriday13()
                    .event(EventType.RESPONDED, "2026-03-25T10:00")
                    .event(EventType.REPORTER_REPLIED, "2026-03-26T10:00")
                    .event(EventType.RESPONDED, "2026-03-30T10:00")
                    .status(Status.PROSES).build();
            Deadline autoFinish = of(respondedAgain, DeadlineKind.AUTO_FINISH, "2026-03-30T11:00");
            assertThat(autoFinish.startedAt()).contains(wib("2026-03-30T10:00"));
            assertThat(autoFinish.workingDaysRemaining()).isEqualTo(10);
        }

        @Test
        void completionStopsEveryClockStillRunning() {
            Complaint done = disposedFriday13()
                    .event(EventType.RESPONDED, "2026-03-25T10:00")
                    .event(EventType.COMPLETED, "2026-04-08T10:00")
                    .status(Status.SELESAI).build();
            DeadlineSummary summary = STANDARD.evaluate(done, wib("2026-06-01T10:00"));
            assertThat(summary.deadlines()).extracting(Deadline::state).containsExactly(
                    DeadlineState.MET, DeadlineState.MET, DeadlineState.MET, DeadlineState.MET);
            assertThat(summary.nextDueAt()).isEmpty();
            assertThat(summary.isOverdue(wib("2026-06-01T10:00"))).isFalse();
        }

        @Test
        void closingAfterTheAutoFinishDueIsStillMetButALateCompletionIsMissed() {
            // Closed by the system on Fri 10 April (the auto-finish due was the end of Thu 9 April) ...
            Complaint autoClosed = disposedFriday13()
                    .event(EventType.RESPONDED, "2026-03-25T10:00")
                    .event(EventType.COMPLETED, "2026-04-10T00:00")
                    .status(Status.SELESAI).build();
            Deadline autoFinish = of(autoClosed, DeadlineKind.AUTO_FINISH, "2026-04-20T10:00");
            assertThat(autoFinish.state()).isEqualTo(DeadlineState.MET);
            assertThat(autoFinish.workingDaysRemaining()).isZero();
            // ... whereas a completion after 60 days is late.
            Complaint slow = disposedFriday13()
                    .event(EventType.RESPONDED, "2026-03-25T10:00")
                    .event(EventType.REPORTER_REPLIED, "2026-03-26T10:00")
                    .event(EventType.COMPLETED, "2026-05-13T09:00")
                    .status(Status.SELESAI).build();
            Deadline completion = of(slow, DeadlineKind.COMPLETION, "2026-06-01T10:00");
            assertThat(completion.state()).isEqualTo(DeadlineState.MISSED);
            assertThat(completion.workingDaysRemaining()).isEqualTo(-1);
            assertThat(of(slow, DeadlineKind.AUTO_FINISH, "2026-06-01T10:00").state()).isEqualTo(DeadlineState.NOT_STARTED);
        }

        @Test
        void aClosedReportWithoutTheClosingEventStopsAtItsLastEvent() {
            Complaint incomplete = disposedFriday13()
                    .event(EventType.RESPONDED, "2026-03-25T10:00")
                    .event(EventType.NOTE, "2026-03-26T10:00")
                    .status(Status.SELESAI).build();
            Deadline completion = of(incomplete, DeadlineKind.COMPLETION, "2026-09-01T10:00");
            assertThat(completion.state()).isEqualTo(DeadlineState.MET);
            assertThat(completion.stoppedAt()).contains(wib("2026-03-26T10:00"));
        }
    }

    @Nested
    class Archive {
        @Test
        void archivedBeforeDisposalLeavesTheLaterClocksNotStarted() {
            Complaint c = complaint("2026-03-02T09:00").event(EventType.ARCHIVED, "2026-03-03T09:00").status(Status.ARSIP).build();
            DeadlineSummary summary = STANDARD.evaluate(c, wib("2026-04-01T09:00"));
            assertThat(summary.deadlines()).extracting(Deadline::state).containsExactly(
                    DeadlineState.MET, DeadlineState.NOT_STARTED, DeadlineState.NOT_STARTED, DeadlineState.NOT_STARTED);
            assertThat(summary.nextDueAt()).isEmpty();
        }

        @Test
        void archivingStopsRunningClocksAndDoesNotHideLateness() {
            Complaint onTime = disposedFriday13().event(EventType.ARCHIVED, "2026-03-17T09:00").status(Status.ARSIP).build();
            DeadlineSummary early = STANDARD.evaluate(onTime, wib("2026-06-01T09:00"));
            // Archived by the admin before the follow-up was owed: not applicable, never met (LaporRulesTest).
            assertThat(early.of(DeadlineKind.FOLLOW_UP).orElseThrow().state()).isEqualTo(DeadlineState.NOT_APPLICABLE);
            assertThat(early.of(DeadlineKind.COMPLETION).orElseThrow().state()).isEqualTo(DeadlineState.MET);
            assertThat(early.of(DeadlineKind.AUTO_FINISH).orElseThrow().state()).isEqualTo(DeadlineState.NOT_STARTED);

            Complaint late = disposedFriday13().event(EventType.ARCHIVED, "2026-04-02T09:00").status(Status.ARSIP).build();
            Deadline followUp = of(late, DeadlineKind.FOLLOW_UP, "2026-06-01T09:00");
            assertThat(followUp.state()).isEqualTo(DeadlineState.MISSED);
            assertThat(followUp.stoppedAt()).contains(wib("2026-04-02T09:00"));
            assertThat(followUp.workingDaysRemaining()).isEqualTo(-4); // 30, 31 March, 1, 2 April
        }
    }

    @Test
    void aRedirectedAndDisposedAgainReportRestartsTheFollowUp() {
        Complaint c = disposedFriday13()
                .event(EventType.NOT_AUTHORIZED, "2026-03-16T09:00")
                .event(EventType.REDIRECTED, "2026-03-17T09:00")
                .event(EventType.DISPOSED, "2026-03-25T09:00")
                .build();
        Deadline followUp = of(c, DeadlineKind.FOLLOW_UP, "2026-03-25T10:00");
        assertThat(followUp.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(followUp.startedAt()).contains(wib("2026-03-25T09:00"));
        assertThat(followUp.workingDaysRemaining()).isEqualTo(5);
    }

    @Test
    void theFixtureMatchesTheDeadlineInvariants() {
        assertThat(Deadline.notStarted(DeadlineKind.COMPLETION).isOpen()).isFalse();
        assertThat(Deadline.notStarted(DeadlineKind.COMPLETION).startedAt()).isEqualTo(Optional.empty());
        assertThat(SlaPolicy.standard().rule(DeadlineKind.COMPLETION)).isEqualTo(SlaRule.calendarDays(60));
    }

    /** Wraps the shared fixture so the nested tests read as a story. */
    static final class ComplaintBuilder {
        private final id.penghubung.model.ModelFixtures.Builder inner;

        ComplaintBuilder(id.penghubung.model.ModelFixtures.Builder inner) {
            this.inner = inner;
        }

        ComplaintBuilder event(EventType type, String atWib) {
            inner.event(type, atWib);
            return this;
        }

        ComplaintBuilder event(EventType type, String atWib, id.penghubung.model.ActorKind actor) {
            inner.event(type, atWib, actor);
            return this;
        }

        ComplaintBuilder status(Status status) {
            inner.status(status);
            return this;
        }

        Complaint build() {
            return inner.build();
        }
    }
}
