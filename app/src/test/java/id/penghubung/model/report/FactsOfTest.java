package id.penghubung.model.report;

import static id.penghubung.model.ModelFixtures.complaint;
import static id.penghubung.model.ModelFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.ClosedBy;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One complaint's facts, around Idul Fitri 2026 (18-24 March off): disposed Friday 13 March 14:00 WIB,
 * the follow-up is due by the end of Friday 27 March.
 */
class FactsOfTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled();
    private static final DeadlineCalculator CALC = new DeadlineCalculator(CALENDAR, SlaPolicy.standard());
    private static final Instant END_OF_MARCH = wib("2026-04-01T00:00");

    private static ComplaintFacts facts(Complaint c, Instant asOf) {
        return FactsOf.of(c, ReportGrouping.INSTITUTION, CALC, asOf);
    }

    @Test
    void requestInfoBeforeTheDueIsAFollowUpOnTime() {
        Complaint c = complaint("2026-03-11T08:00").disposed("2026-03-13T14:00")
                .event(EventType.INFO_REQUESTED, "2026-03-27T16:00").status(Status.PROSES).build();
        ComplaintFacts f = facts(c, END_OF_MARCH);
        assertThat(f.followUpAt()).contains(wib("2026-03-27T16:00"));
        assertThat(f.followUpDue(END_OF_MARCH)).isTrue();
        assertThat(f.followUpOnTime(END_OF_MARCH)).isTrue();
        assertThat(f.groupId()).isEqualTo("kemenkes");
    }

    @Test
    void aMissingFollowUpPastItsDueIsLateAndOverdue() {
        Complaint c = complaint("2026-03-11T08:00").disposed("2026-03-13T14:00").build();
        ComplaintFacts f = facts(c, END_OF_MARCH);
        assertThat(f.followUpLate(END_OF_MARCH)).isTrue();
        assertThat(f.overdueOpen(END_OF_MARCH)).isTrue();
        // Before the due nothing is owed yet.
        ComplaintFacts early = facts(c, wib("2026-03-27T23:00"));
        assertThat(early.followUpDue(wib("2026-03-27T23:00"))).isFalse();
    }

    @Test
    void anArchiveBeforeTheDueIsNotApplicableNeverOnTime() {
        Complaint c = complaint("2026-03-11T08:00").disposed("2026-03-13T14:00")
                .event(EventType.ARCHIVED, "2026-03-16T09:00").status(Status.ARSIP).build();
        ComplaintFacts f = facts(c, END_OF_MARCH);
        assertThat(f.followUpNotApplicable()).isTrue();
        assertThat(f.followUpDue(END_OF_MARCH)).isFalse();
        assertThat(f.followUpOnTime(END_OF_MARCH)).isFalse();
        assertThat(f.closedBy()).contains(ClosedBy.ADMIN);
    }

    @Test
    void stillAtVerificationIsNeverCounted() {
        Complaint c = complaint("2026-03-11T08:00").build();
        ComplaintFacts f = facts(c, END_OF_MARCH);
        assertThat(f.atVerification()).isTrue();
        assertThat(f.counted()).isFalse();
        assertThat(f.followUpDue(END_OF_MARCH)).isFalse();
        assertThat(f.overdueOpen(END_OF_MARCH)).isFalse();
    }

    @Test
    void aClosingAfterThePeriodLeavesItOpenAtThePeriodsEnd() {
        Complaint c = complaint("2026-03-11T08:00").disposed("2026-03-13T14:00")
                .event(EventType.RESPONDED, "2026-03-16T09:00")
                .event(EventType.COMPLETED, "2026-04-02T09:00").status(Status.SELESAI).build();
        ComplaintFacts then = facts(c, END_OF_MARCH);
        assertThat(then.openAtEnd()).isTrue();
        assertThat(then.closedAt()).isEmpty();
        ComplaintFacts later = facts(c, wib("2026-05-01T00:00"));
        assertThat(later.closedAt()).contains(wib("2026-04-02T09:00"));
        assertThat(later.closedBy()).contains(ClosedBy.AGENCY);
        assertThat(later.completedOnTime()).isTrue();
    }

    @Test
    void aReplyAfterSelesaiCountsAsAReopen() {
        Complaint c = complaint("2026-03-11T08:00").disposed("2026-03-13T14:00")
                .event(EventType.COMPLETED, "2026-03-16T09:00")
                .event(EventType.REPORTER_REPLIED, "2026-03-17T09:00")
                .event(EventType.COMPLETED, "2026-03-26T09:00", ActorKind.SYSTEM).status(Status.SELESAI).build();
        ComplaintFacts f = facts(c, END_OF_MARCH);
        assertThat(f.reopenCount()).isEqualTo(1);
        assertThat(f.closedBy()).contains(ClosedBy.AUTO);
    }
}
