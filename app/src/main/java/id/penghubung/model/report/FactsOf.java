package id.penghubung.model.report;

import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.sla.ClosedBy;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns a complaint into its {@link ComplaintFacts} as it stood at a moment: the chronology is cut at
 * {@code asOf} (events at or after it have not happened yet), the status is the one that cut
 * chronology implies, and the clocks are the {@link DeadlineCalculator}'s — follow-up, completion
 * tier and who closed it mean exactly what they mean on the desk and in the case file.
 */
public final class FactsOf {
    /** An event type named like this (a later version's reopen event) counts as one reopen. */
    static final String REOPEN_EVENT = "REOPENED";

    private FactsOf() {
    }

    public static ComplaintFacts of(Complaint complaint, ReportGrouping by, DeadlineCalculator calculator, Instant asOf) {
        Complaint then = asOf(complaint, asOf);
        Optional<Instant> disposal = DeadlineCalculator.disposal(then);
        DeadlineCalculator.FollowUpAndCompletion clocks = calculator.followUpAndCompletion(then, asOf);
        Deadline followUp = clocks.followUp();
        Deadline completion = clocks.completion();
        Instant from = disposal.orElse(Instant.MAX);
        // One pass over the chronology since the disposition: the first follow-up, "bukan wewenang", redirected.
        Instant givenAt = null;
        boolean notAuthorized = false;
        boolean redirected = false;
        for (Event e : then.events()) {
            if (e.at().isBefore(from)) {
                continue;
            }
            if (givenAt == null && DeadlineCalculator.FOLLOW_UP_GIVEN.contains(e.type())) {
                givenAt = e.at();
            }
            notAuthorized |= e.type() == EventType.NOT_AUTHORIZED;
            redirected |= e.type() == EventType.REDIRECTED;
        }
        boolean closed = then.status().isClosed();
        Optional<ClosedBy> closedBy = ClosedBy.of(then);
        Optional<Instant> closedAt = closed ? closingAt(then).or(completion::stoppedAt) : Optional.empty();
        boolean atVerification = disposal.isEmpty() || then.status() == Status.BELUM_TERVERIFIKASI;
        String[] group = group(complaint, by);
        return new ComplaintFacts(complaint.id(), complaint.trackingId().value(),
                complaint.confidential() ? "" : complaint.title(), group[0], group[1], atVerification, disposal,
                followUp.dueAt(), Optional.ofNullable(givenAt), followUp.state() == DeadlineState.NOT_APPLICABLE,
                completion.dueAt(), closedAt, closed ? closedBy : Optional.empty(), !closed, notAuthorized, redirected,
                reopens(then.events()));
    }

    /** The row id and name a complaint counts under; "" for a complaint without one (no unit yet). */
    static String[] group(Complaint c, ReportGrouping by) {
        return switch (by) {
            case INSTITUTION -> c.agency().map(a -> new String[] {a.id(), a.name()}).orElse(new String[] {"", ""});
            case UNIT -> c.unit().map(u -> new String[] {u.id(), u.name()}).orElse(new String[] {"", ""});
            case CATEGORY -> new String[] {c.category().id(), c.category().name()};
            case REGENCY -> new String[] {c.location().regency(), c.location().regency()};
        };
    }

    /**
     * The complaint as it was just before {@code asOf}: later events dropped, a disposition after it
     * undone, and a closing after it reopened (a closed complaint whose chronology has no closing
     * event at all keeps its status: the calculator closes its clocks at its last event).
     */
    static Complaint asOf(Complaint c, Instant asOf) {
        int before = 0;
        for (Event e : c.events()) {
            if (e.at().isBefore(asOf)) {
                before++;
            }
        }
        // Most complaints of a past period have nothing after the report's moment: no copy for them.
        List<Event> events = before == c.events().size() ? c.events()
                : c.events().stream().filter(e -> e.at().isBefore(asOf)).toList();
        Optional<Instant> disposedAt = c.disposedAt().filter(d -> d.isBefore(asOf));
        Status status = statusAt(c, events, disposedAt);
        if (events.size() == c.events().size() && status == c.status() && disposedAt.equals(c.disposedAt())) {
            return c;
        }
        return new Complaint(c.id(), c.trackingId(), c.version(), c.title(), c.body(), c.classification(), c.anonymous(),
                c.confidential(), c.category(), c.channel(), status, c.submittedAt(), disposedAt, c.incidentDate(),
                c.location(), c.agency(), c.unit(), c.reporter(), c.attachments(), events, c.asReceived());
    }

    private static Status statusAt(Complaint c, List<Event> events, Optional<Instant> disposedAt) {
        boolean everClosedByEvent = false;
        for (Event e : c.events()) {
            everClosedByEvent |= isClosing(e.type());
        }
        if (c.status().isClosed() && !everClosedByEvent) {
            return c.status();
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            EventType t = events.get(i).type();
            if (t == EventType.REPORTER_REPLIED || REOPEN_EVENT.equals(events.get(i).typeName())) {
                break;
            }
            if (t == EventType.COMPLETED) {
                return Status.SELESAI;
            }
            if (t == EventType.ARCHIVED) {
                return Status.ARSIP;
            }
        }
        if (events.size() == c.events().size() && !c.status().isClosed()) {
            return c.status();
        }
        boolean disposed = disposedAt.isPresent() || events.stream().anyMatch(e -> e.type() == EventType.DISPOSED);
        return disposed ? Status.PROSES : Status.BELUM_TERVERIFIKASI;
    }

    private static boolean isClosing(EventType t) {
        return t == EventType.COMPLETED || t == EventType.ARCHIVED;
    }

    private static Optional<Instant> closingAt(Complaint c) {
        for (int i = c.events().size() - 1; i >= 0; i--) {
            if (isClosing(c.events().get(i).type())) {
                return Optional.of(c.events().get(i).at());
            }
        }
        return Optional.empty();
    }

    /**
     * Reopens: events named {@value #REOPEN_EVENT} when the chronology has them; otherwise each
     * completion that a reply of the reporter followed (the reply after "Selesai" reopens it).
     */
    static int reopens(List<Event> events) {
        int named = 0;
        for (Event e : events) {
            named += REOPEN_EVENT.equals(e.typeName()) ? 1 : 0;
        }
        if (named > 0) {
            return named;
        }
        int count = 0;
        boolean completed = false;
        for (Event e : events) {
            if (e.type() == EventType.COMPLETED) {
                completed = true;
            } else if (e.type() == EventType.REPORTER_REPLIED && completed) {
                count++;
                completed = false;
            }
        }
        return count;
    }
}
