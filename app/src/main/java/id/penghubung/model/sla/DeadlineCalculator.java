package id.penghubung.model.sla;

import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Computes a report's four clocks from its chronology, at a given moment, with one calendar and
 * one policy. Pure: the same report, moment, calendar and policy always give the same answer.
 *
 * <h2>Common rules</h2>
 * <ul>
 * <li>A clock started at instant S with a rule of n working days is due at the end of the n-th
 * working day after S's local date ({@link WorkingCalendar#addWorkingDays(Instant, int)}); with n
 * calendar days, at the end of the local date S + n. Due instants are exclusive: a stop strictly
 * before the due is MET, at or after it MISSED.</li>
 * <li>Only events at or after a clock's start count for it. The first stopping event ends it; no
 * later event reopens it.</li>
 * <li>An open clock past its due stays RUNNING with a negative {@code workingDaysRemaining}
 * ({@link Deadline#isOverdue(Instant)}); it turns MISSED when its stopping event finally happens.</li>
 * <li>A SELESAI or ARSIP report whose chronology lacks the stopping event (an incomplete copy)
 * stops its running clocks at its latest event, or at the clock's start if there is none later.</li>
 * <li><b>Archive</b>: ARCHIVED (or status ARSIP) stops every clock. Clocks that had not started
 * stay NOT_STARTED; running ones stop at the archive and are judged like any stop, MET if archived
 * before the due, MISSED if the due had already passed, so that archiving never hides lateness.</li>
 * <li>Disposal S = the later of {@link Complaint#disposedAt()} and the latest DISPOSED event: a
 * report redirected to another agency and disposed again restarts the follow-up and completion
 * clocks. DISPOSED_TO_UNIT (internal disposition) does not.</li>
 * </ul>
 *
 * <h2>The clocks</h2>
 * <ul>
 * <li><b>VERIFICATION</b>: from {@code submittedAt}, stopped by the first VERIFIED, DISPOSED or
 * ARCHIVED event, or by {@code disposedAt}. A report past BELUM_TERVERIFIKASI with none of these
 * stops at its first later event (or its submission).</li>
 * <li><b>FOLLOW_UP</b>: from disposal S; the follow-up (tindak lanjut) is given by the first
 * RESPONDED, INFO_REQUESTED (LAPOR! posts the question as a tindak lanjut), NOT_AUTHORIZED or
 * COMPLETED event: MET at or before the due's end, else MISSED. An ARCHIVED or REDIRECTED event
 * (the admin's) before the follow-up is given stops the clock as NOT_APPLICABLE when it comes
 * before the due, never MET; after the due it is MISSED (archiving never hides lateness).</li>
 * <li><b>AUTO_FINISH</b>: from the last follow-up (RESPONDED or INFO_REQUESTED) that no
 * REPORTER_REPLIED follows; stopped
 * by a COMPLETED or ARCHIVED event and then always MET, whenever that happens: closing the report,
 * by hand or automatically at the due, is what this clock waits for (margin 0 when closed at or
 * after the due). Overdue here means the report qualifies to be closed as SELESAI for want of a
 * reply. NOT_STARTED when there is no such response (none yet, or the reporter
 * answered the last one).</li>
 * <li><b>COMPLETION</b>: from the complete file ({@link CompletionRules#completeFile}: disposal S, or
 * the reporter's answer to an information request), by the complaint's tier or, for a Permintaan
 * Informasi, the information clock with its one extension ({@link CompletionRules#rule}); stopped by
 * COMPLETED, NOT_AUTHORIZED (the agency's part ends there) or ARCHIVED.</li>
 * <li><b>REOPEN</b> (in the summary only once a complaint was reopened): from the last REOPENED event,
 * the policy's reopen rule; stopped by the agency's next follow-up (RESPONDED, INFO_REQUESTED,
 * COMPLETED, NOT_AUTHORIZED) or the admin's archive or redirect.</li>
 * <li><b>Holds</b> (TUNDA): with the policy's {@code pauseWhileHeld}, VERIFICATION, FOLLOW_UP, COMPLETION
 * and REOPEN stop from a HELD event to its RESUMED (a hold that begins before the clock's due); the
 * held days, in the rule's unit, are added to the due. While held the clock is PAUSED. AUTO_FINISH
 * and the reporter's REPLY_WINDOW are not the agency's and do not pause.</li>
 * <li><b>REPLY_WINDOW</b> ({@link #replyWindow}, not part of the summary: the reporter's clock): from
 * the last INFO_REQUESTED, the policy's reply window; stopped (MET) by the reporter's REPLY, or by a
 * closing event; past its due the desk says so ({@link Deadline#isOverdue}).</li>
 * </ul>
 *
 * <p>{@code workingDaysRemaining} is counted in working days for every clock, even one counted in
 * calendar days, so that "3 hari kerja lagi" means the same everywhere; see
 * {@link WorkingCalendar#workingDaysLeft(Instant, Instant)}.
 */
public final class DeadlineCalculator {
    private static final Set<EventType> VERIFICATION_STOPS = EnumSet.of(EventType.VERIFIED, EventType.DISPOSED, EventType.ARCHIVED);
    /** The events that give the follow-up (tindak lanjut). */
    public static final Set<EventType> FOLLOW_UP_GIVEN = EnumSet.of(
            EventType.RESPONDED, EventType.INFO_REQUESTED, EventType.NOT_AUTHORIZED, EventType.COMPLETED);
    /** The admin's acts that end the agency's duty to follow up before it was given. */
    private static final Set<EventType> FOLLOW_UP_WITHDRAWN = EnumSet.of(EventType.ARCHIVED, EventType.REDIRECTED);
    private static final Set<EventType> FOLLOW_UP_STOPS = EnumSet.of(
            EventType.RESPONDED, EventType.INFO_REQUESTED, EventType.COMPLETED, EventType.NOT_AUTHORIZED,
            EventType.ARCHIVED, EventType.REDIRECTED);
    private static final Set<EventType> REPLY_WINDOW_STOPS = EnumSet.of(
            EventType.REPORTER_REPLIED, EventType.COMPLETED, EventType.NOT_AUTHORIZED, EventType.ARCHIVED, EventType.REDIRECTED);
    private static final Set<EventType> AUTO_FINISH_STOPS = EnumSet.of(EventType.COMPLETED, EventType.ARCHIVED);
    private static final Set<EventType> REOPEN_STOPS = EnumSet.of(EventType.RESPONDED, EventType.INFO_REQUESTED,
            EventType.COMPLETED, EventType.NOT_AUTHORIZED, EventType.ARCHIVED, EventType.REDIRECTED);

    private final Supplier<WorkingCalendar> calendars;
    private final Supplier<SlaPolicy> policies;

    public DeadlineCalculator(WorkingCalendar calendar, SlaPolicy policy) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(policy, "policy");
        this.calendars = () -> calendar;
        this.policies = () -> policy;
    }

    private DeadlineCalculator(Supplier<WorkingCalendar> calendars, Supplier<SlaPolicy> policies) {
        this.calendars = calendars;
        this.policies = policies;
    }

    /**
     * A calculator that always counts by the rules in force: the desk holds one for a whole session,
     * and a decree or policy the server publishes mid-session moves what it shows at once, as it
     * moves the store's due index (one truth).
     */
    public static DeadlineCalculator following(Supplier<WorkingCalendar> calendars, Supplier<SlaPolicy> policies) {
        return new DeadlineCalculator(Objects.requireNonNull(calendars, "calendars"), Objects.requireNonNull(policies, "policies"));
    }

    public WorkingCalendar calendar() {
        return calendars.get();
    }

    public SlaPolicy policy() {
        return policies.get();
    }

    public DeadlineSummary evaluate(Complaint complaint, Instant now) {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(now, "now");
        Optional<Instant> disposal = disposal(complaint);
        List<Deadline> clocks = new ArrayList<>(List.of(
                verification(complaint, now),
                disposal.map(s -> followUp(complaint, s, now))
                        .orElse(Deadline.notStarted(DeadlineKind.FOLLOW_UP)),
                autoFinish(complaint, disposal, now),
                disposal.map(s -> completion(complaint, s, now))
                        .orElse(Deadline.notStarted(DeadlineKind.COMPLETION))));
        complaint.lastEvent(EventType.REOPENED).ifPresent(reopened -> clocks.add(clock(DeadlineKind.REOPEN, policy().reopen(),
                reopened.at(), complaint, REOPEN_STOPS, true, closedFallback(complaint, reopened.at()), now)));
        return new DeadlineSummary(clocks);
    }

    /**
     * Only the follow-up and completion clocks of {@link #evaluate} (what the report's indicators read),
     * without the calendar work of the others: the ranking evaluates hundreds of thousands of complaints.
     */
    public FollowUpAndCompletion followUpAndCompletion(Complaint complaint, Instant now) {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(now, "now");
        Optional<Instant> disposal = disposal(complaint);
        if (disposal.isEmpty()) {
            return new FollowUpAndCompletion(Deadline.notStarted(DeadlineKind.FOLLOW_UP), Deadline.notStarted(DeadlineKind.COMPLETION));
        }
        return new FollowUpAndCompletion(followUp(complaint, disposal.get(), now), completion(complaint, disposal.get(), now));
    }

    /** The two clocks of {@link #followUpAndCompletion}, exactly as {@link #evaluate} has them. */
    public record FollowUpAndCompletion(Deadline followUp, Deadline completion) {
    }

    private Deadline completion(Complaint complaint, Instant disposal, Instant now) {
        Instant start = CompletionRules.completeFile(complaint, disposal);
        return clock(DeadlineKind.COMPLETION, CompletionRules.rule(complaint, policy()), start, complaint,
                CompletionRules.COMPLETION_STOPS, true, closedFallback(complaint, start), now);
    }

    private Deadline followUp(Complaint complaint, Instant start, Instant now) {
        Deadline d = clock(DeadlineKind.FOLLOW_UP, policy().followUp(), start, complaint, FOLLOW_UP_STOPS, true,
                closedFallback(complaint, start), now);
        if (d.state() != DeadlineState.MET) {
            return d;
        }
        Optional<Event> stoppedBy = complaint.events().stream()
                .filter(e -> FOLLOW_UP_STOPS.contains(e.type()) && !e.at().isBefore(start))
                .findFirst();
        boolean withdrawn = stoppedBy.map(e -> FOLLOW_UP_WITHDRAWN.contains(e.type()) && e.at().equals(d.stoppedAt().orElseThrow()))
                .orElse(false);
        if (!withdrawn) {
            return d;
        }
        // Archived or redirected by the admin before the follow-up was owed: not applicable, never met.
        return new Deadline(d.kind(), d.startedAt(), d.dueAt(), DeadlineState.NOT_APPLICABLE, d.stoppedAt(), d.workingDaysRemaining());
    }

    /**
     * The reporter's reply window: from the last information request (INFO_REQUESTED) after disposal,
     * the policy's {@link SlaPolicy#replyWindow()}; MET when the reporter replied or the complaint was
     * closed before its end; NOT_STARTED without a request.
     */
    public Deadline replyWindow(Complaint complaint, Instant now) {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(now, "now");
        Instant from = disposal(complaint).orElse(Instant.MIN);
        Optional<Instant> asked = complaint.events().stream()
                .filter(e -> e.type() == EventType.INFO_REQUESTED && !e.at().isBefore(from))
                .map(Event::at)
                .reduce((a, b) -> b);
        if (asked.isEmpty()) {
            return Deadline.notStarted(DeadlineKind.REPLY_WINDOW);
        }
        Instant start = asked.get();
        return clock(DeadlineKind.REPLY_WINDOW, policy().replyWindow(), start, complaint, REPLY_WINDOW_STOPS, false, closedFallback(complaint, start), now);
    }

    /** The later of the disposedAt field and the latest DISPOSED event. */
    public static Optional<Instant> disposal(Complaint complaint) {
        Optional<Instant> byEvent = complaint.lastEvent(EventType.DISPOSED).map(Event::at);
        if (complaint.disposedAt().isPresent() && byEvent.isPresent()) {
            Instant a = complaint.disposedAt().get();
            Instant b = byEvent.get();
            return Optional.of(a.isAfter(b) ? a : b);
        }
        return complaint.disposedAt().or(() -> byEvent);
    }

    private Deadline verification(Complaint complaint, Instant now) {
        Instant start = complaint.submittedAt();
        Optional<Instant> fallback = Optional.empty();
        if (complaint.disposedAt().isPresent() && !complaint.disposedAt().get().isBefore(start)) {
            fallback = complaint.disposedAt();
        } else if (complaint.status() != Status.BELUM_TERVERIFIKASI
                && complaint.events().stream().noneMatch(e -> VERIFICATION_STOPS.contains(e.type()))) {
            fallback = Optional.of(complaint.events().stream()
                    .filter(e -> e.type() != EventType.SUBMITTED && !e.at().isBefore(start))
                    .map(Event::at)
                    .findFirst()
                    .orElse(start));
        }
        return clock(DeadlineKind.VERIFICATION, policy().verification(), start, complaint, VERIFICATION_STOPS, true, fallback, now);
    }

    private Deadline autoFinish(Complaint complaint, Optional<Instant> disposal, Instant now) {
        // After a reopen only what follows it counts: the earlier completion no longer ends this clock.
        Instant from = complaint.lastEvent(EventType.REOPENED).map(Event::at)
                .filter(r -> disposal.isEmpty() || r.isAfter(disposal.get()))
                .orElse(disposal.orElse(Instant.MIN));
        Instant lastUnanswered = null;
        for (Event event : complaint.events()) {
            if (event.at().isBefore(from)) {
                continue;
            }
            if (AUTO_FINISH_STOPS.contains(event.type())) {
                break; // what follows a completion or archive no longer matters to this clock
            }
            if (event.type() == EventType.RESPONDED || event.type() == EventType.INFO_REQUESTED) {
                lastUnanswered = event.at();
            } else if (event.type() == EventType.REPORTER_REPLIED) {
                lastUnanswered = null;
            }
        }
        if (lastUnanswered == null) {
            return Deadline.notStarted(DeadlineKind.AUTO_FINISH);
        }
        return clock(DeadlineKind.AUTO_FINISH, policy().autoFinish(), lastUnanswered, complaint, AUTO_FINISH_STOPS, false,
                closedFallback(complaint, lastUnanswered), now);
    }

    /** For a closed report: where its clocks stop when the chronology lacks the closing event. */
    private static Optional<Instant> closedFallback(Complaint complaint, Instant start) {
        if (!complaint.status().isClosed()) {
            return Optional.empty();
        }
        List<Event> events = complaint.events();
        Instant last = events.isEmpty() ? start : events.get(events.size() - 1).at();
        return Optional.of(last.isAfter(start) ? last : start);
    }

    /** A clock of {@code rule} from {@code start}; {@code pausable}: stopped while the admin holds the complaint (policy). */
    private Deadline clock(DeadlineKind kind, SlaRule rule, Instant start, Complaint complaint, Set<EventType> stops,
            boolean pausable, Optional<Instant> fallbackStop, Instant now) {
        Instant stop = complaint.events().stream()
                .filter(e -> stops.contains(e.type()) && !e.at().isBefore(start))
                .map(Event::at)
                .findFirst()
                .orElse(null);
        if (fallbackStop.isPresent()) {
            Instant fallback = fallbackStop.get().isBefore(start) ? start : fallbackStop.get();
            if (stop == null || fallback.isBefore(stop)) {
                stop = fallback;
            }
        }
        int extra = 0;
        Instant due = due(rule, start, extra);
        Instant waitingSince = null;
        if (pausable && policy().pauseWhileHeld()) {
            for (Event event : complaint.events()) {
                if (event.at().isBefore(start)) {
                    continue;
                }
                if (stop != null && !event.at().isBefore(stop)) {
                    break;
                }
                if (event.type() == EventType.HELD && waitingSince == null && event.at().isBefore(due)) {
                    waitingSince = event.at();
                } else if (event.type() == EventType.RESUMED && waitingSince != null) {
                    extra += daysBetween(rule, waitingSince, event.at());
                    due = due(rule, start, extra);
                    waitingSince = null;
                }
            }
        }
        if (stop != null) {
            if (waitingSince != null) {
                extra += daysBetween(rule, waitingSince, stop);
                due = due(rule, start, extra);
            }
            int left = calendar().workingDaysLeft(stop, due);
            if (kind == DeadlineKind.AUTO_FINISH) {
                // Closing the report is what this clock waits for, at or after its due alike: never "missed".
                return new Deadline(kind, Optional.of(start), Optional.of(due), DeadlineState.MET, Optional.of(stop),
                        Math.max(0, left));
            }
            DeadlineState state = stop.isBefore(due) ? DeadlineState.MET : DeadlineState.MISSED;
            return new Deadline(kind, Optional.of(start), Optional.of(due), state, Optional.of(stop), left);
        }
        if (waitingSince != null) {
            return new Deadline(kind, Optional.of(start), Optional.empty(), DeadlineState.PAUSED, Optional.empty(),
                    calendar().workingDaysLeft(waitingSince, due));
        }
        return new Deadline(kind, Optional.of(start), Optional.of(due), DeadlineState.RUNNING, Optional.empty(),
                calendar().workingDaysLeft(now, due));
    }

    private Instant due(SlaRule rule, Instant start, int extra) {
        return rule.counting() == DayCounting.WORKING_DAYS
                ? calendar().addWorkingDays(start, rule.amount() + extra)
                : calendar().addCalendarDays(start, rule.amount() + extra);
    }

    /** Days after {@code from}'s date up to and including {@code to}'s, in the rule's unit. */
    private int daysBetween(SlaRule rule, Instant from, Instant to) {
        if (rule.counting() == DayCounting.WORKING_DAYS) {
            return Math.max(0, calendar().workingDaysBetween(from, to));
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(calendar().localDate(from), calendar().localDate(to)));
    }
}
