package id.penghubung.model.report;

import id.penghubung.model.sla.ClosedBy;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the indicators need of one complaint, as it stood at the report's moment ({@code asOf}: the
 * period's end, or now while the period runs). Built by {@link FactsOf#of} from the complaint and the
 * model's deadline calculator, so the desk, the case file and the report read one set of clocks.
 *
 * @param complaintId        the complaint's id
 * @param trackingId         its tracking number, for the list of the longest overdue
 * @param title              its title (empty for a confidential complaint)
 * @param groupId            the row it counts in (institution, unit, category or regency id; "" = none)
 * @param groupName          that row's name
 * @param atVerification     still at LAPOR! verification at {@code asOf}: never counted against anyone
 * @param disposedAt         the disposition to this agency (the later of the field and the last DISPOSED event)
 * @param followUpDueAt      the follow-up clock's exclusive due instant
 * @param followUpAt         the first follow-up (RESPOND, REQUEST_INFO, NOT_AUTHORIZED, COMPLETE) before {@code asOf}
 * @param followUpNotApplicable an admin archive or redirect ended the follow-up clock before its due
 * @param completionDueAt    the completion clock's exclusive due instant (the complaint's tier, from the calculator)
 * @param closedAt           when it was closed, if closed at {@code asOf}
 * @param closedBy           who closed it (agency, auto-finish, admin)
 * @param openAtEnd          not closed at {@code asOf}
 * @param notAuthorized      the agency said "bukan wewenang"
 * @param redirected         the admin redirected it away after its last disposition
 * @param reopenCount        how often the reporter's reply reopened it after "Selesai"
 */
public record ComplaintFacts(
        String complaintId,
        String trackingId,
        String title,
        String groupId,
        String groupName,
        boolean atVerification,
        Optional<Instant> disposedAt,
        Optional<Instant> followUpDueAt,
        Optional<Instant> followUpAt,
        boolean followUpNotApplicable,
        Optional<Instant> completionDueAt,
        Optional<Instant> closedAt,
        Optional<ClosedBy> closedBy,
        boolean openAtEnd,
        boolean notAuthorized,
        boolean redirected,
        int reopenCount) {

    public ComplaintFacts {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(disposedAt, "disposedAt");
        Objects.requireNonNull(followUpDueAt, "followUpDueAt");
        Objects.requireNonNull(followUpAt, "followUpAt");
        Objects.requireNonNull(completionDueAt, "completionDueAt");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(closedBy, "closedBy");
        if (reopenCount < 0) {
            throw new IllegalArgumentException("reopenCount " + reopenCount);
        }
    }

    /** Counted at all: disposed to an agency and past LAPOR! verification. */
    public boolean counted() {
        return !atVerification && disposedAt.isPresent();
    }

    /** Disposed within [start, end): one of the period's {@code received}. */
    public boolean receivedIn(Instant start, Instant end) {
        return counted() && !disposedAt.get().isBefore(start) && disposedAt.get().isBefore(end);
    }

    /**
     * The follow-up was owed by {@code asOf}: given (at any time), or its due has come; a clock ended
     * as not applicable is never owed.
     */
    public boolean followUpDue(Instant asOf) {
        if (!counted() || followUpNotApplicable || followUpDueAt.isEmpty()) {
            return false;
        }
        return followUpAt.isPresent() || !asOf.isBefore(followUpDueAt.get());
    }

    /** Given strictly before its exclusive due: on time. */
    public boolean followUpOnTime(Instant asOf) {
        return followUpDue(asOf) && followUpAt.isPresent() && followUpAt.get().isBefore(followUpDueAt.get());
    }

    /** Given after its due, or still missing once the due has come. */
    public boolean followUpLate(Instant asOf) {
        return followUpDue(asOf) && !followUpOnTime(asOf);
    }

    /** Closed (by the agency, by auto-finish or by the admin) by {@code asOf}, not redirected away. */
    public boolean completed() {
        return counted() && closedAt.isPresent() && !redirected;
    }

    /** Closed strictly before the completion tier's exclusive due. */
    public boolean completedOnTime() {
        return completed() && completionDueAt.isPresent() && closedAt.get().isBefore(completionDueAt.get());
    }

    /**
     * The completion was owed by {@code asOf}: closed, or open past its due. A complaint the agency
     * declared "bukan wewenang" or the admin redirected away owes no completion.
     */
    public boolean completionDue(Instant asOf) {
        if (!counted() || redirected || notAuthorized && !completed()) {
            return false;
        }
        return completed() || completionDueAt.isPresent() && !asOf.isBefore(completionDueAt.get());
    }

    /**
     * Open at {@code asOf} with the follow-up (not yet given) or the completion past its due; "bukan
     * wewenang" and redirected complaints are the admin's to move, not the agency's overdue.
     */
    public boolean overdueOpen(Instant asOf) {
        if (!counted() || !openAtEnd || notAuthorized || redirected) {
            return false;
        }
        return overdueSince().filter(due -> !asOf.isBefore(due)).isPresent();
    }

    /** The earliest due that an open complaint has let pass (follow-up still missing, or completion). */
    public Optional<Instant> overdueSince() {
        Optional<Instant> followUp = followUpAt.isEmpty() && !followUpNotApplicable ? followUpDueAt : Optional.empty();
        if (followUp.isPresent() && completionDueAt.isPresent()) {
            return Optional.of(followUp.get().isBefore(completionDueAt.get()) ? followUp.get() : completionDueAt.get());
        }
        return followUp.or(() -> completionDueAt);
    }
}
