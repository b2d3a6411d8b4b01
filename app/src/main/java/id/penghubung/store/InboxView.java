package id.penghubung.store;

import java.util.List;

/**
 * The sidebar's views of the inbox. Definitions (all evaluated in SQL on indexed columns):
 * <ul>
 * <li>NEEDS_FOLLOW_UP: open (BELUM_DITINDAKLANJUTI or PROSES), not waiting for the reporter, and no
 *     RESPONDED / NOT_AUTHORIZED / COMPLETED event after the latest DISPOSED, DISPOSED_TO_UNIT,
 *     REDIRECTED or REPORTER_REPLIED event: the ball is in the officer's court.</li>
 * <li>WAITING_FOR_REPORTER: open, and the last INFO_REQUESTED has no later REPORTER_REPLIED.</li>
 * <li>ANSWERED: open (BELUM_DITINDAKLANJUTI or PROSES), neither of the two above, and the latest
 *     RESPONDED / NOT_AUTHORIZED / COMPLETED event is a RESPONDED: answered, waiting for completion.</li>
 * <li>NOT_AUTHORIZED: open, neither of the first two, and that latest answer is NOT_AUTHORIZED (bukan
 *     wewenang): LAPOR! has yet to redirect or archive it.</li>
 * <li>OVERDUE: open and the next deadline is before {@code now}.</li>
 * <li>DUE_SOON: open and the next deadline is in [{@code now}, {@code soonThreshold}].</li>
 * <li>COMPLETED: SELESAI. ARCHIVED: ARSIP. REDIRECTED: DIALIHKAN (redirected away, read-only). HELD: TUNDA (held by the LAPOR! admin).</li>
 * <li>DRAFTS: has a saved draft. OUTBOX: has a PENDING or SENDING action. CONFLICTS: has a
 *     CONFLICT or REJECTED action waiting for the officer.</li>
 * <li>ALL: every cached complaint.</li>
 * <li>AWAITING_UNITS, AWAITING_APPROVAL, RETURNED (issue 20): open complaints waiting on a unit's answer,
 *     on the approver, or back with their author; work queues that overlap the status views.</li>
 * </ul>
 * {@link #STATUS_VIEWS} split an officer's cache: each complaint is in exactly one of them, so their
 * counts sum to ALL (an officer never holds a BELUM_TERVERIFIKASI report: LAPOR! disposes it first).
 * Local work on a complaint that left the cache (orphaned) is not in these views: see
 * {@link CaseStore#drafts()} and {@link CaseStore#outbox()}.
 */
public enum InboxView {
    NEEDS_FOLLOW_UP,
    WAITING_FOR_REPORTER,
    ANSWERED,
    NOT_AUTHORIZED,
    OVERDUE,
    DUE_SOON,
    COMPLETED,
    ARCHIVED,
    // --- R5 ---
    /** TUNDA: held by the LAPOR! admin; nothing to do but wait for the resume (issue 22). */
    HELD,
    DRAFTS,
    OUTBOX,
    CONFLICTS,
    ALL,
    // --- R6 ---
    /** DIALIHKAN: redirected away from this agency by the LAPOR! admin; the last copy, read-only. */
    REDIRECTED,
    // --- h2 --- work queues of coordination (issue 20); like DRAFTS, not part of STATUS_VIEWS.
    /** Open, with at least one unit disposition not yet answered or withdrawn ("Menunggu unit"). */
    AWAITING_UNITS,
    /** Open, with a public answer submitted and neither approved nor returned yet ("Menunggu persetujuan"). */
    AWAITING_APPROVAL,
    /** Open, with the last review step a return to the author, not yet resubmitted ("Dikembalikan"). */
    RETURNED;

    /** The disjoint views by where a complaint stands; their counts add up to {@link #ALL}'s. */
    public static final List<InboxView> STATUS_VIEWS = List.of(NEEDS_FOLLOW_UP,
            WAITING_FOR_REPORTER, ANSWERED, NOT_AUTHORIZED, COMPLETED, ARCHIVED, REDIRECTED, HELD);
}
