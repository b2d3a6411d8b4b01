package id.penghubung.ui.detail;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DueDay;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The reporter's reply window has lapsed (issue 22): instead of waiting for ever, LAPOR! lets the
 * agency complete the complaint or ask the reporter again. The desk says so and offers exactly these.
 */
final class ReplyLapse {
    /** What LAPOR! allows once the reporter's window lapsed, in the order offered. */
    static final List<ActionType> ALLOWED = List.of(ActionType.COMPLETE, ActionType.REQUEST_INFO);

    private ReplyLapse() {
    }

    /** "Batas jawaban pelapor lewat sejak …"; empty while the window runs or the complaint is not in process. */
    static Optional<String> text(Complaint c, DeadlineCalculator deadlines, Instant now, Messages messages,
            DateTimeFormatter dateTime) {
        if (c.status() != Status.PROSES) {
            return Optional.empty();
        }
        Deadline window = deadlines.replyWindow(c, now);
        if (!window.isOverdue(now)) {
            return Optional.empty();
        }
        return Optional.of(messages.get("ui.detail.replyLapsed", dateTime.format(DueDay.lastMinute(window.dueAt().orElseThrow())),
                ALLOWED.get(0), ALLOWED.get(1)));
    }
}
