package id.penghubung.model.sla;

import id.penghubung.model.Complaint;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.calendar.CalendarDoubt;
import id.penghubung.model.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a deadline rests on, for the case file and the detail pane (issue 22): its rule (so many
 * working or calendar days from an origin), the completion tier (and whether it is the default), a
 * Permintaan Informasi's extension, the days it was paused while the admin held the complaint (and
 * whether it is held now), and the calendar's doubts between its start and its due.
 */
public record DeadlineBasis(
        DeadlineKind kind,
        SlaRule rule,
        DeadlineOrigin origin,
        Optional<CompletionTier> tier,
        boolean defaultTier,
        boolean informationRequest,
        boolean extended,
        int pausedDays,
        boolean heldNow,
        List<CalendarDoubt> doubts) {

    public DeadlineBasis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(tier, "tier");
        doubts = List.copyOf(doubts);
    }

    /** Whether the due date rests on estimated days (or lies beyond the holiday table). */
    public boolean estimated() {
        return !doubts.isEmpty();
    }

    /** The basis of one of the complaint's deadlines, by the calculator's calendar and policy; empty for a clock not started. */
    public static Optional<DeadlineBasis> of(DeadlineCalculator calculator, Complaint c, Deadline d) {
        if (d.startedAt().isEmpty()) {
            return Optional.empty();
        }
        SlaPolicy policy = calculator.policy();
        WorkingCalendar calendar = calculator.calendar();
        Instant start = d.startedAt().get();
        SlaRule rule = d.kind() == DeadlineKind.COMPLETION ? CompletionRules.rule(c, policy) : policy.rule(d.kind());
        Optional<CompletionTier> tier = d.kind() == DeadlineKind.COMPLETION ? CompletionRules.tier(c, policy) : Optional.empty();
        boolean info = d.kind() == DeadlineKind.COMPLETION && CompletionRules.isInformationRequest(c);
        boolean pausable = d.kind() != DeadlineKind.AUTO_FINISH && d.kind() != DeadlineKind.REPLY_WINDOW && policy.pauseWhileHeld();
        Instant until = d.stoppedAt().orElse(Instant.MAX);
        int paused = 0;
        Instant heldSince = null;
        if (pausable) {
            for (Event e : c.events()) {
                if (e.at().isBefore(start) || !e.at().isBefore(until)) {
                    continue;
                }
                if (e.type() == EventType.HELD && heldSince == null) {
                    heldSince = e.at();
                } else if (e.type() == EventType.RESUMED && heldSince != null) {
                    paused += days(calendar, rule, heldSince, e.at());
                    heldSince = null;
                }
            }
        }
        List<CalendarDoubt> doubts = d.dueAt()
                .map(due -> calendar.doubts(calendar.localDate(start), calendar.localDate(due.minusSeconds(1))))
                .orElseGet(() -> calendar.doubts(calendar.localDate(start), calendar.localDate(start).plusDays(rule.amount() * 2L)));
        return Optional.of(new DeadlineBasis(d.kind(), rule, origin(c, d, start), tier,
                tier.isPresent() && CompletionRules.tierSet(c).isEmpty(), info, info && CompletionRules.extended(c), paused,
                heldSince != null && d.isOpen(), doubts));
    }

    private static DeadlineOrigin origin(Complaint c, Deadline d, Instant start) {
        return switch (d.kind()) {
            case VERIFICATION -> DeadlineOrigin.SUBMISSION;
            case FOLLOW_UP -> DeadlineOrigin.DISPOSITION;
            case AUTO_FINISH -> DeadlineOrigin.LAST_FOLLOW_UP;
            case REPLY_WINDOW -> DeadlineOrigin.INFORMATION_REQUEST;
            case REOPEN -> DeadlineOrigin.REOPEN;
            case COMPLETION -> c.events().stream().anyMatch(e -> e.type() == EventType.REPORTER_REPLIED && e.at().equals(start))
                    ? DeadlineOrigin.REPORTER_ANSWER : DeadlineOrigin.DISPOSITION;
        };
    }

    private static int days(WorkingCalendar calendar, SlaRule rule, Instant from, Instant to) {
        if (rule.counting() == DayCounting.WORKING_DAYS) {
            return Math.max(0, calendar.workingDaysBetween(from, to));
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(calendar.localDate(from), calendar.localDate(to)));
    }
}
