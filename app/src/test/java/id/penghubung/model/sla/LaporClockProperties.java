package id.penghubung.model.sla;

import static id.penghubung.model.ModelFixtures.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Complaint;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of issue 22's clocks: tiers, pauses while held, the reopen clock, for any day of 2026 and any policy. */
class LaporClockProperties {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled();

    private static String day(int dayOfYear, String time) {
        return LocalDate.ofYearDay(2026, dayOfYear) + "T" + time;
    }

    @Property(tries = 200)
    void aTierRuleGivesItsDaysFromTheDisposal(@ForAll @IntRange(min = 1, max = 330) int disposedOn,
            @ForAll @IntRange(min = 1, max = 60) int days, @ForAll boolean working, @ForAll CompletionTier tier) {
        SlaRule rule = working ? SlaRule.workingDays(days) : SlaRule.calendarDays(days);
        DeadlineCalculator calc = new DeadlineCalculator(CALENDAR, SlaPolicy.standard().withTier(tier, rule));
        Complaint c = complaint(day(disposedOn, "07:00")).disposed(day(disposedOn, "09:00"))
                .eventWithText(EventType.TIER_SET, day(disposedOn, "10:00"), ActorKind.OFFICER, tier.name()).build();
        var disposal = c.disposedAt().orElseThrow();
        Deadline completion = calc.evaluate(c, disposal).of(DeadlineKind.COMPLETION).orElseThrow();
        assertThat(completion.dueAt()).contains(working ? CALENDAR.addWorkingDays(disposal, days) : CALENDAR.addCalendarDays(disposal, days));
    }

    @Property(tries = 200)
    void aHoldMovesTheFollowUpByExactlyTheWorkingDaysHeld(@ForAll @IntRange(min = 1, max = 330) int disposedOn,
            @ForAll @IntRange(min = 0, max = 3) int heldAfter, @ForAll @IntRange(min = 0, max = 20) int heldFor) {
        String disposed = day(disposedOn, "09:00");
        String heldAt = day(disposedOn + heldAfter, "12:00");
        String resumedAt = day(disposedOn + heldAfter + heldFor, "13:00");
        Complaint c = complaint(day(disposedOn, "07:00")).disposed(disposed).event(EventType.HELD, heldAt)
                .event(EventType.RESUMED, resumedAt).status(Status.BELUM_DITINDAKLANJUTI).build();
        var disposal = c.disposedAt().orElseThrow();
        var held = c.lastEvent(EventType.HELD).orElseThrow().at();
        var resumed = c.lastEvent(EventType.RESUMED).orElseThrow().at();
        Deadline followUp = new DeadlineCalculator(CALENDAR, SlaPolicy.standard()).evaluate(c, resumed)
                .of(DeadlineKind.FOLLOW_UP).orElseThrow();
        int expectedExtra = held.isBefore(CALENDAR.addWorkingDays(disposal, 5)) ? Math.max(0, CALENDAR.workingDaysBetween(held, resumed)) : 0;
        assertThat(followUp.dueAt()).contains(CALENDAR.addWorkingDays(disposal, 5 + expectedExtra));
        assertThat(followUp.dueAt().orElseThrow()).isAfterOrEqualTo(CALENDAR.addWorkingDays(disposal, 5));
    }

    @Property(tries = 200)
    void theReopenClockIsThePolicysWorkingDaysFromTheReopening(@ForAll @IntRange(min = 1, max = 300) int disposedOn,
            @ForAll @IntRange(min = 1, max = 30) int reopenedAfter, @ForAll @IntRange(min = 1, max = 20) int reopenDays) {
        SlaPolicy standard = SlaPolicy.standard();
        SlaPolicy policy = new SlaPolicy(standard.verification(), standard.followUp(), standard.autoFinish(), standard.completion(),
                true, standard.replyWindow(), standard.tiers(), standard.defaultTier(), standard.informationRequest(),
                standard.informationExtension(), SlaRule.workingDays(reopenDays), true);
        Complaint c = complaint(day(disposedOn, "07:00")).disposed(day(disposedOn, "09:00"))
                .event(EventType.RESPONDED, day(disposedOn, "10:00")).event(EventType.COMPLETED, day(disposedOn, "11:00"))
                .event(EventType.REPORTER_REPLIED, day(disposedOn + reopenedAfter, "15:00"))
                .event(EventType.REOPENED, day(disposedOn + reopenedAfter, "15:01"), ActorKind.SYSTEM).status(Status.PROSES).build();
        var reopened = c.lastEvent(EventType.REOPENED).orElseThrow().at();
        Deadline reopen = new DeadlineCalculator(CALENDAR, policy).evaluate(c, reopened).of(DeadlineKind.REOPEN).orElseThrow();
        assertThat(reopen.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(reopen.dueAt()).contains(CALENDAR.addWorkingDays(reopened, reopenDays));
        // The completion clock before it stays met: the reopening is its own clock.
        assertThat(new DeadlineCalculator(CALENDAR, policy).evaluate(c, reopened).of(DeadlineKind.COMPLETION).orElseThrow().state())
                .isEqualTo(DeadlineState.MET);
    }
}
