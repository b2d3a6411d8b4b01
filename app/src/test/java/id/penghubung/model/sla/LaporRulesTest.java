package id.penghubung.model.sla;

import static id.penghubung.model.ModelFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the table, named after the rule as docs/domain.md states it. The
 * story: submitted Wed 11 March 2026, disposed Fri 13 March 14:00 WIB; Idul Fitri 18-24 March off;
 * the follow-up is due at the end of Fri 27 March.
 */
class LaporRulesTest {
    private static final DeadlineCalculator STANDARD = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());

    private static Deadline of(Complaint c, DeadlineKind kind, String nowWib) {
        return STANDARD.evaluate(c, wib(nowWib)).of(kind).orElseThrow();
    }

    private static Instant endOf(String date) {
        return OffsetDateTime.parse(date + "T00:00+07:00").toInstant().plusSeconds(86_400);
    }

    @Test
    void followUpIsGivenByTheFirstOfRespondRequestInfoNotAuthorizedComplete() {
        for (EventType given : new EventType[] {EventType.RESPONDED, EventType.INFO_REQUESTED, EventType.NOT_AUTHORIZED,
                EventType.COMPLETED}) {
            Complaint c = DeadlineCalculatorTest.disposedFriday13().event(given, "2026-03-16T10:00").build();
            Deadline followUp = of(c, DeadlineKind.FOLLOW_UP, "2026-04-10T10:00");
            assertThat(followUp.state()).as(given.name()).isEqualTo(DeadlineState.MET);
            assertThat(followUp.stoppedAt()).as(given.name()).contains(wib("2026-03-16T10:00"));
        }
        // A dispositon to a unit or a note is internal: no follow-up.
        Complaint internal = DeadlineCalculatorTest.disposedFriday13().event(EventType.DISPOSED_TO_UNIT, "2026-03-16T10:00")
                .event(EventType.NOTE, "2026-03-16T11:00").build();
        assertThat(of(internal, DeadlineKind.FOLLOW_UP, "2026-03-17T10:00").state()).isEqualTo(DeadlineState.RUNNING);
    }

    @Test
    void followUpClockIsFiveWorkingDaysFromDispositionAndMetAtOrBeforeItsEnd() {
        Complaint lastMinute = DeadlineCalculatorTest.disposedFriday13().event(EventType.RESPONDED, "2026-03-27T23:59").build();
        Deadline followUp = of(lastMinute, DeadlineKind.FOLLOW_UP, "2026-04-10T10:00");
        assertThat(followUp.dueAt()).contains(endOf("2026-03-27"));
        assertThat(followUp.state()).isEqualTo(DeadlineState.MET);
        Complaint nextDay = DeadlineCalculatorTest.disposedFriday13().event(EventType.RESPONDED, "2026-03-28T00:00").build();
        assertThat(of(nextDay, DeadlineKind.FOLLOW_UP, "2026-04-10T10:00").state()).isEqualTo(DeadlineState.MISSED);
    }

    @Test
    void anAdminArchiveOrRedirectBeforeTheFollowUpIsNotApplicableNeverMet() {
        for (EventType withdrawn : new EventType[] {EventType.ARCHIVED, EventType.REDIRECTED}) {
            Complaint c = DeadlineCalculatorTest.disposedFriday13().event(withdrawn, "2026-03-17T09:00")
                    .status(withdrawn == EventType.ARCHIVED ? Status.ARSIP : Status.PROSES).build();
            Deadline followUp = of(c, DeadlineKind.FOLLOW_UP, "2026-06-01T09:00");
            assertThat(followUp.state()).as(withdrawn.name()).isEqualTo(DeadlineState.NOT_APPLICABLE);
            assertThat(followUp.isOpen()).isFalse();
            assertThat(RemainingTime.remaining(followUp).key()).isEqualTo(RemainingTime.NOT_APPLICABLE);
        }
        // After the due the lateness stays: MISSED.
        Complaint late = DeadlineCalculatorTest.disposedFriday13().event(EventType.ARCHIVED, "2026-04-02T09:00")
                .status(Status.ARSIP).build();
        assertThat(of(late, DeadlineKind.FOLLOW_UP, "2026-06-01T09:00").state()).isEqualTo(DeadlineState.MISSED);
    }

    @Test
    void reportersReplyWindowStartsAtRequestInfoAndLastsTheReplyWindowPolicy() {
        Complaint asked = DeadlineCalculatorTest.disposedFriday13().event(EventType.INFO_REQUESTED, "2026-03-16T10:00")
                .status(Status.PROSES).build();
        Deadline window = STANDARD.replyWindow(asked, wib("2026-03-17T10:00"));
        assertThat(window.kind()).isEqualTo(DeadlineKind.REPLY_WINDOW);
        assertThat(window.state()).isEqualTo(DeadlineState.RUNNING);
        // 17, 25, 26, 27, 30, 31 March, 1, 2, (3 Good Friday) 6, 7 April
        assertThat(window.dueAt()).contains(endOf("2026-04-07"));
        assertThat(window.isOverdue(wib("2026-04-08T08:00"))).isTrue();

        Complaint replied = DeadlineCalculatorTest.disposedFriday13().event(EventType.INFO_REQUESTED, "2026-03-16T10:00")
                .event(EventType.REPORTER_REPLIED, "2026-03-26T10:00").status(Status.PROSES).build();
        assertThat(STANDARD.replyWindow(replied, wib("2026-04-10T10:00")).state()).isEqualTo(DeadlineState.MET);
        assertThat(STANDARD.replyWindow(DeadlineCalculatorTest.disposedFriday13().build(), wib("2026-03-17T10:00")).state())
                .isEqualTo(DeadlineState.NOT_STARTED);

        SlaPolicy five = new SlaPolicy(SlaRule.workingDays(3), SlaRule.workingDays(5), SlaRule.workingDays(10),
                SlaRule.calendarDays(60), false, SlaRule.workingDays(5));
        assertThat(new DeadlineCalculator(WorkingCalendar.bundled(), five).replyWindow(asked, wib("2026-03-17T10:00")).dueAt())
                .contains(endOf("2026-03-30")); // 17, 25, 26, 27, 30 March
    }

    @Test
    void autoFinishIsTenWorkingDaysAfterTheLastFollowUpWithNoReply() {
        // A question is a follow-up too: auto-finish runs from it.
        Complaint asked = DeadlineCalculatorTest.disposedFriday13().event(EventType.INFO_REQUESTED, "2026-03-25T10:00")
                .status(Status.PROSES).build();
        Deadline autoFinish = of(asked, DeadlineKind.AUTO_FINISH, "2026-03-26T10:00");
        assertThat(autoFinish.startedAt()).contains(wib("2026-03-25T10:00"));
        assertThat(autoFinish.dueAt()).contains(endOf("2026-04-09"));
        // The reporter's reply stops it until the next follow-up.
        Complaint replied = DeadlineCalculatorTest.disposedFriday13().event(EventType.INFO_REQUESTED, "2026-03-25T10:00")
                .event(EventType.REPORTER_REPLIED, "2026-03-26T10:00").status(Status.PROSES).build();
        assertThat(of(replied, DeadlineKind.AUTO_FINISH, "2026-03-27T10:00").state()).isEqualTo(DeadlineState.NOT_STARTED);
    }

    @Test
    void closedByIsAgencyAutoOrAdmin() {
        Complaint byAgency = DeadlineCalculatorTest.disposedFriday13().event(EventType.COMPLETED, "2026-03-16T10:00")
                .status(Status.SELESAI).build();
        Complaint auto = DeadlineCalculatorTest.disposedFriday13().event(EventType.RESPONDED, "2026-03-16T10:00")
                .event(EventType.COMPLETED, "2026-04-01T00:00", ActorKind.SYSTEM).status(Status.SELESAI).build();
        Complaint byAdmin = DeadlineCalculatorTest.disposedFriday13()
                .event(EventType.COMPLETED, "2026-03-16T10:00", ActorKind.ADMIN).status(Status.SELESAI).build();
        Complaint archived = DeadlineCalculatorTest.disposedFriday13().event(EventType.ARCHIVED, "2026-03-16T10:00")
                .status(Status.ARSIP).build();
        assertThat(ClosedBy.of(byAgency)).contains(ClosedBy.AGENCY);
        assertThat(ClosedBy.of(auto)).contains(ClosedBy.AUTO);
        assertThat(ClosedBy.of(byAdmin)).contains(ClosedBy.ADMIN);
        assertThat(ClosedBy.of(archived)).contains(ClosedBy.ADMIN);
        assertThat(ClosedBy.of(DeadlineCalculatorTest.disposedFriday13().build())).isEmpty();
    }
}
