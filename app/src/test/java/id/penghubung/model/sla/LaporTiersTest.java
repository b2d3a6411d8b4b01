package id.penghubung.model.sla;

import static id.penghubung.model.ModelFixtures.complaint;
import static id.penghubung.model.ModelFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.EventType;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The second half of issue 22's rules, one test per rule as docs/domain.md names it. The story: disposed
 * Fri 13 March 2026 14:00 WIB; Idul Fitri 18-24 March off (the working days after the disposal are
 * 16, 17, 25, 26, 27, 30, 31 March, 1, 2, 6 April — 3 April is Good Friday).
 */
class LaporTiersTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled();
    private static final DeadlineCalculator STANDARD = new DeadlineCalculator(CALENDAR, SlaPolicy.standard());
    private static final Instant DISPOSAL = wib("2026-03-13T14:00");

    private static ModelFixtures.Builder disposed() {
        return complaint("2026-03-11T08:00").disposed("2026-03-13T14:00");
    }

    private static Deadline of(DeadlineCalculator calc, Complaint c, DeadlineKind kind, String nowWib) {
        return calc.evaluate(c, wib(nowWib)).of(kind).orElseThrow();
    }

    private static Instant endOf(String date) {
        return OffsetDateTime.parse(date + "T00:00+07:00").toInstant().plusSeconds(86_400);
    }

    private static ModelFixtures.Builder tiered(ModelFixtures.Builder b, CompletionTier tier, String atWib) {
        return b.eventWithText(EventType.TIER_SET, atWib, ActorKind.OFFICER, tier.name());
    }

    @Test
    void completionTiersAreFiveAndFourteenWorkingDaysAndSixtyCalendarDaysFieldInspectionTheDefault() {
        Complaint information = tiered(disposed(), CompletionTier.INFORMATION, "2026-03-16T09:00").status(Status.PROSES).build();
        assertThat(of(STANDARD, information, DeadlineKind.COMPLETION, "2026-03-16T10:00").dueAt()).contains(endOf("2026-03-27"));
        Complaint noField = tiered(disposed(), CompletionTier.NO_FIELD_INSPECTION, "2026-03-16T09:00").status(Status.PROSES).build();
        assertThat(of(STANDARD, noField, DeadlineKind.COMPLETION, "2026-03-16T10:00").dueAt())
                .contains(CALENDAR.addWorkingDays(DISPOSAL, 14));
        // Not tiered: field inspection, 60 calendar days (the Perpres 76/2013 ceiling) — 12 May.
        Complaint untiered = disposed().build();
        assertThat(of(STANDARD, untiered, DeadlineKind.COMPLETION, "2026-03-16T10:00").dueAt()).contains(endOf("2026-05-12"));
        assertThat(CompletionRules.tier(untiered, SlaPolicy.standard())).contains(CompletionTier.FIELD_INSPECTION);
        assertThat(CompletionRules.tierSet(untiered)).isEmpty();
    }

    @Test
    void theOfficersLastTierSetCountsAndAChangedTierMovesTheDue() {
        Complaint changed = tiered(tiered(disposed(), CompletionTier.INFORMATION, "2026-03-16T09:00"),
                CompletionTier.NO_FIELD_INSPECTION, "2026-03-17T09:00").status(Status.PROSES).build();
        assertThat(CompletionRules.tierSet(changed)).contains(CompletionTier.NO_FIELD_INSPECTION);
        assertThat(of(STANDARD, changed, DeadlineKind.COMPLETION, "2026-03-17T10:00").dueAt())
                .contains(CALENDAR.addWorkingDays(DISPOSAL, 14));
    }

    @Test
    void completionCountsFromTheCompleteFileTheReportersAnswerWhenInformationWasAsked() {
        Complaint answered = tiered(disposed(), CompletionTier.INFORMATION, "2026-03-16T09:00")
                .event(EventType.INFO_REQUESTED, "2026-03-16T10:00")
                .event(EventType.REPORTER_REPLIED, "2026-03-25T10:00").status(Status.PROSES).build();
        Deadline completion = of(STANDARD, answered, DeadlineKind.COMPLETION, "2026-03-26T10:00");
        assertThat(completion.startedAt()).contains(wib("2026-03-25T10:00"));
        // 26, 27, 30, 31 March, 1 April.
        assertThat(completion.dueAt()).contains(endOf("2026-04-01"));
        assertThat(DeadlineBasis.of(STANDARD, answered, completion).orElseThrow().origin()).isEqualTo(DeadlineOrigin.REPORTER_ANSWER);
    }

    @Test
    void permintaanInformasiIsTenWorkingDaysExtendableOnceBySeven() {
        ModelFixtures.Builder asked = disposed().classification(Classification.PERMINTAAN_INFORMASI).status(Status.PROSES);
        Complaint plain = asked.build();
        // 16, 17, 25, 26, 27, 30, 31 March, 1, 2, 6 April.
        assertThat(of(STANDARD, plain, DeadlineKind.COMPLETION, "2026-03-16T10:00").dueAt()).contains(endOf("2026-04-06"));
        Complaint extended = asked.eventWithText(EventType.EXTENDED, "2026-04-01T10:00", ActorKind.OFFICER, "Data dari tiga dinas").build();
        assertThat(of(STANDARD, extended, DeadlineKind.COMPLETION, "2026-04-01T11:00").dueAt())
                .contains(CALENDAR.addWorkingDays(DISPOSAL, 17));
        DeadlineBasis basis = DeadlineBasis.of(STANDARD, extended,
                of(STANDARD, extended, DeadlineKind.COMPLETION, "2026-04-01T11:00")).orElseThrow();
        assertThat(basis.informationRequest()).isTrue();
        assertThat(basis.extended()).isTrue();
        assertThat(basis.tier()).isEmpty();
    }

    @Test
    void aHoldPausesTheAgencysClocksAndTheHeldDaysMoveTheDue() {
        ModelFixtures.Builder held = disposed().event(EventType.HELD, "2026-03-16T09:00");
        Complaint holding = held.status(Status.TUNDA).build();
        Deadline paused = of(STANDARD, holding, DeadlineKind.FOLLOW_UP, "2026-03-25T08:00");
        assertThat(paused.state()).isEqualTo(DeadlineState.PAUSED);
        assertThat(holding.statusName()).isEqualTo("TUNDA");
        Complaint resumed = held.event(EventType.RESUMED, "2026-03-25T09:00").status(Status.BELUM_DITINDAKLANJUTI).build();
        Deadline followUp = of(STANDARD, resumed, DeadlineKind.FOLLOW_UP, "2026-03-25T10:00");
        // Held over 17 and 25 March (two working days): five working days end on 31 March, not 27 March.
        assertThat(followUp.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(followUp.dueAt()).contains(endOf("2026-03-31"));
        assertThat(DeadlineBasis.of(STANDARD, resumed, followUp).orElseThrow().pausedDays()).isEqualTo(2);
        // The policy decides: without pausing the due stays on 27 March.
        DeadlineCalculator noPause = new DeadlineCalculator(CALENDAR, SlaPolicy.standard().withPauseWhileHeld(false));
        assertThat(of(noPause, resumed, DeadlineKind.FOLLOW_UP, "2026-03-25T10:00").dueAt()).contains(endOf("2026-03-27"));
        // The reporter's clocks are not the agency's: auto-finish never pauses (not started here).
        assertThat(of(STANDARD, resumed, DeadlineKind.AUTO_FINISH, "2026-03-25T10:00").state()).isEqualTo(DeadlineState.NOT_STARTED);
    }

    @Test
    void aReplyAfterSelesaiReopensWithAFiveWorkingDayClockAndIsCounted() {
        ModelFixtures.Builder reopened = disposed().event(EventType.RESPONDED, "2026-03-16T10:00")
                .event(EventType.COMPLETED, "2026-03-17T10:00")
                .event(EventType.REPORTER_REPLIED, "2026-03-25T10:00")
                .event(EventType.REOPENED, "2026-03-25T10:01", ActorKind.SYSTEM).status(Status.PROSES);
        Complaint open = reopened.build();
        assertThat(CompletionRules.reopenCount(open)).isEqualTo(1);
        Deadline reopen = of(STANDARD, open, DeadlineKind.REOPEN, "2026-03-26T10:00");
        assertThat(reopen.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(reopen.dueAt()).contains(endOf("2026-04-01"));
        assertThat(STANDARD.evaluate(open, wib("2026-04-02T10:00")).isOverdue(wib("2026-04-02T10:00"))).isTrue();
        Complaint answered = reopened.event(EventType.RESPONDED, "2026-03-30T10:00").build();
        assertThat(of(STANDARD, answered, DeadlineKind.REOPEN, "2026-04-02T10:00").state()).isEqualTo(DeadlineState.MET);
        // Not reopened: no such clock in the summary.
        assertThat(STANDARD.evaluate(disposed().build(), wib("2026-03-16T10:00")).of(DeadlineKind.REOPEN)).isEmpty();
    }

    @Test
    void theCaseFileRuleOfADeadlineAcrossLebaran2027IsAnEstimate() {
        Complaint c = complaint("2027-03-01T08:00").disposed("2027-03-05T10:00").build();
        Deadline followUp = of(STANDARD, c, DeadlineKind.FOLLOW_UP, "2027-03-05T11:00");
        DeadlineBasis basis = DeadlineBasis.of(STANDARD, c, followUp).orElseThrow();
        assertThat(basis.rule()).isEqualTo(SlaRule.workingDays(5));
        assertThat(basis.origin()).isEqualTo(DeadlineOrigin.DISPOSITION);
        assertThat(basis.estimated()).isTrue();
    }
}
