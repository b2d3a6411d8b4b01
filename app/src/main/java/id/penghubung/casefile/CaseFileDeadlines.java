package id.penghubung.casefile;

import id.penghubung.model.Complaint;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineBasis;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineSummary;
import id.penghubung.model.sla.DueDay;
import id.penghubung.model.sla.MessageRef;
import java.util.List;

/** Turns the model's deadline summary into the neutral lines a case file prints. */
public final class CaseFileDeadlines {
    private CaseFileDeadlines() {
    }

    public static List<CaseFileDeadline> from(DeadlineSummary summary) {
        return summary.deadlines().stream().map(CaseFileDeadlines::line).toList();
    }

    /** The lines with the rule each deadline rests on (issue 22), by the calculator's calendar and policy. */
    public static List<CaseFileDeadline> from(DeadlineSummary summary, Complaint complaint, DeadlineCalculator calculator) {
        return summary.deadlines().stream().map(d -> {
            CaseFileDeadline line = line(d);
            List<MessageRef> notes = DeadlineBasis.of(calculator, complaint, d).map(DeadlineNotes::of).orElse(List.of());
            return new CaseFileDeadline(line.kindKey(), line.dueAt(), line.stateKey(), line.workingDays(), notes);
        }).toList();
    }

    static CaseFileDeadline line(Deadline deadline) {
        int days = deadline.workingDaysRemaining();
        String state = switch (deadline.state()) {
            case NOT_STARTED, NOT_APPLICABLE -> CaseFileDeadline.STATE_NOT_APPLICABLE;
            case MET -> CaseFileDeadline.STATE_MET;
            case MISSED -> CaseFileDeadline.STATE_MISSED;
            // An open deadline past its due stays RUNNING with negative days in the model.
            case RUNNING, PAUSED -> days < 0 ? CaseFileDeadline.STATE_OVERDUE : CaseFileDeadline.STATE_PENDING;
        };
        // The case file prints a distance, not a sign: days early, late or left, as the state says.
        // The model's due instant is the exclusive start of the next day; print the last minute of the
        // due day instead ("30 Oktober, 23.59"), the same day the desk's export names (DueDay).
        return new CaseFileDeadline(kindKey(deadline.kind()), deadline.dueAt().map(DueDay::lastMinute),
                state, Math.abs(days));
    }

    private static String kindKey(DeadlineKind kind) {
        return switch (kind) {
            case VERIFICATION -> CaseFileDeadline.KIND_DISPOSITION;
            case FOLLOW_UP -> CaseFileDeadline.KIND_FOLLOW_UP;
            case AUTO_FINISH -> CaseFileDeadline.KIND_AUTO_CLOSE;
            case COMPLETION -> CaseFileDeadline.KIND_COMPLETION;
            // Not in a summary (the reporter's clock); named like the follow-up it answers if ever printed.
            case REPLY_WINDOW -> CaseFileDeadline.KIND_FOLLOW_UP;
            case REOPEN -> CaseFileDeadline.KIND_REOPEN;
        };
    }
}
