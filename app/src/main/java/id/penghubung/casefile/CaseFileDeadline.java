package id.penghubung.casefile;

import id.penghubung.model.sla.MessageRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a case file's deadline summary, neutral of the deadline calculator: the caller maps its
 * deadline summary to these. {@code kindKey} and {@code stateKey} are bundle keys (the constants below);
 * an unknown key is printed as is. {@code workingDays} is the distance to the due date in working days:
 * how many early for MET, late for MISSED/OVERDUE, left for PENDING; the state's text formats it.
 * {@code notes} state the rule the deadline rests on (issue 22): "5 hari kerja sejak disposisi", the
 * tier, pauses while held, estimated calendar days; each printed under the line.
 */
public record CaseFileDeadline(String kindKey, Optional<Instant> dueAt, String stateKey, int workingDays, List<MessageRef> notes) {
    /** Verification and disposition by the LAPOR! admin (3 working days). */
    public static final String KIND_DISPOSITION = "casefile.deadline.kind.disposition";
    /** The institution's follow-up plan (5 working days after disposition). */
    public static final String KIND_FOLLOW_UP = "casefile.deadline.kind.followUp";
    /** Reporter or admin reply after a follow-up (10 working days), after which the report is finished. */
    public static final String KIND_AUTO_CLOSE = "casefile.deadline.kind.autoClose";
    /** Completion of the complaint (60 days by policy). */
    public static final String KIND_COMPLETION = "casefile.deadline.kind.completion";
    /** Answering the reporter's reply that reopened a finished complaint (issue 22). */
    public static final String KIND_REOPEN = "casefile.deadline.kind.reopen";

    /** Done on time. */
    public static final String STATE_MET = "casefile.deadline.state.met";
    /** Done, but late. */
    public static final String STATE_MISSED = "casefile.deadline.state.missed";
    /** Not done yet, still in time. */
    public static final String STATE_PENDING = "casefile.deadline.state.pending";
    /** Not done and past due. */
    public static final String STATE_OVERDUE = "casefile.deadline.state.overdue";
    /** Does not apply to this complaint (e.g. archived before disposition). */
    public static final String STATE_NOT_APPLICABLE = "casefile.deadline.state.notApplicable";

    public CaseFileDeadline {
        Objects.requireNonNull(kindKey, "kindKey");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(stateKey, "stateKey");
        notes = List.copyOf(notes);
    }

    /** A line without notes on its rule. */
    public CaseFileDeadline(String kindKey, Optional<Instant> dueAt, String stateKey, int workingDays) {
        this(kindKey, dueAt, stateKey, workingDays, List.of());
    }
}
