package id.penghubung.ui.detail;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.ComplaintLink;
import id.penghubung.model.action.Approve;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.Create;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.action.Extend;
import id.penghubung.model.action.Link;
import id.penghubung.model.action.NotAuthorized;
import id.penghubung.model.action.Note;
import id.penghubung.model.action.RequestInfo;
import id.penghubung.model.action.Respond;
import id.penghubung.model.action.ReturnDraft;
import id.penghubung.model.action.SetTier;
import id.penghubung.model.action.SubmitReview;
import id.penghubung.model.action.UnitRemind;
import id.penghubung.model.action.UnitReply;
import id.penghubung.model.action.UnitWithdraw;
import id.penghubung.model.action.Unlink;
import id.penghubung.model.sla.Deadline;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import id.penghubung.ui.common.ActionDescription;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The detail pane's outbox rows for one complaint, built on the background thread: each queued
 * action with its type, state, one-line preview, recipients, when it was written, the warning when
 * it will reach LAPOR! after a deadline ({@link LateSending}), and what changed for a conflict or rejection.
 */
final class OutboxLines {
    private final Messages messages;
    private final DetailData data;
    private final DateTimeFormatter dateTime;
    /** How units, institutions and attachments are named (set from the reference data, read in the background). */
    private volatile ActionDescription.Names names = ActionDescription.Names.none();

    OutboxLines(Messages messages, DetailData data, DateTimeFormatter dateTime) {
        this.messages = Objects.requireNonNull(messages);
        this.data = Objects.requireNonNull(data);
        this.dateTime = Objects.requireNonNull(dateTime);
    }

    void setNames(ActionDescription.Names value) {
        names = Objects.requireNonNull(value);
    }

    /** The rows for {@code c}'s outbox entries not yet applied, read at {@code now}. */
    List<OutboxLine> of(Complaint c, List<OutboxEntry> entries, List<Deadline> clockList, Instant now) {
        return entries.stream().filter(e -> e.state() != OutboxState.APPLIED).map(e -> line(e, c, clockList, now)).toList();
    }

    /** Called on the background thread: reads the base copy of a conflict or rejection. */
    private OutboxLine line(OutboxEntry e, Complaint c, List<Deadline> clockList, Instant now) {
        boolean decision = e.state() == OutboxState.CONFLICT || e.state() == OutboxState.REJECTED;
        ConflictDiff diff = decision ? ConflictDiff.of(c, e.action().type(), data.baseCopy(e.actionId()),
                e.serverAnswerJson(), messages) : null;
        return new OutboxLine(e.actionId(), messages.label(e.action().type()), messages.label(e.state()),
                summary(e), e.state() == OutboxState.PENDING, decision, e,
                ActionDescription.of(messages, e.action(), c.anonymous(), names),
                messages.get("ui.outbox.written", dateTime.format(e.createdAt())), LateSending.warning(e, clockList, now,
                        messages, dateTime), diff);
    }

    /** A short, one-line preview of what the action says. */
    static String summary(OutboxEntry e) {
        String text = switch (e.action()) {
            case Respond r -> r.text();
            case Complete r -> r.text();
            case RequestInfo r -> r.question();
            case Note r -> r.text();
            case NotAuthorized r -> r.reason();
            case Dispose r -> r.note();
            case Create r -> r.title();
            case UnitReply r -> r.text();
            case UnitRemind r -> r.note();
            case UnitWithdraw r -> r.reason();
            case SetTier r -> r.tier().name();
            case Extend r -> r.reason();
            case Link r -> ComplaintLink.eventText(r.relation(), r.relatedTrackingId());
            case Unlink r -> r.relatedTrackingId();
            case SubmitReview r -> r.text();
            case Approve r -> r.submissionId();
            case ReturnDraft r -> r.note();
        };
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }
}
