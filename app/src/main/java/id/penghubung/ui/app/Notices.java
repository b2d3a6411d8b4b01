package id.penghubung.ui.app;

import id.penghubung.i18n.Messages;
import id.penghubung.model.TrackingId;
import id.penghubung.store.AuditLog;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The texts of the desk's pop-up notifications. They name complaints by tracking ID only and say
 * nothing else about them: a notification shows on a shared screen and outside the lock, so a
 * confidential complaint's title, text or reporter never appears in one.
 */
public final class Notices {
    /** Tracking IDs named in one notification; more are counted. */
    static final int SHOWN_IDS = 5;

    /** A notification's title and text. */
    public record Notice(String title, String text) {
    }

    private Notices() {
    }

    public static Notice overdue(Messages messages, List<TrackingId> fresh) {
        String ids = fresh.stream().limit(SHOWN_IDS).map(TrackingId::toString).collect(Collectors.joining(", "));
        return new Notice(messages.get("ui.notify.overdueTitle"), messages.get("ui.notify.overdue", fresh.size(), ids));
    }

    /** Follow-ups written before their deadline and sent after it, just now: LAPOR! counts them late. */
    public static Notice sentLate(Messages messages, List<TrackingId> sent) {
        String ids = sent.stream().limit(SHOWN_IDS).map(TrackingId::toString).collect(Collectors.joining(", "));
        return new Notice(messages.get("ui.notify.sentLateTitle"), messages.get("ui.notify.sentLate", sent.size(), ids));
    }

    public static Notice newAssignments(Messages messages, int added) {
        return new Notice(messages.get("ui.notify.newAssignmentsTitle"), messages.get("ui.notify.newAssignments", added));
    }

    /** The audit log's chain check at open found changes made outside the application. */
    public static Notice auditTampered(Messages messages, List<AuditLog.Problem> problems) {
        String found = problems.stream().limit(SHOWN_IDS)
                .map(p -> messages.get(p.messageKey(), p.args().toArray())).collect(Collectors.joining(" "));
        return new Notice(messages.get("ui.notify.auditTamperedTitle"), messages.get("ui.notify.auditTampered", found));
    }
}
