package id.penghubung.ui.action;

import id.penghubung.model.action.ActionValidator;
import id.penghubung.model.action.Approve;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.Create;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.action.Extend;
import id.penghubung.model.action.Link;
import id.penghubung.model.action.NotAuthorized;
import id.penghubung.model.action.Note;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.RequestInfo;
import id.penghubung.model.action.Respond;
import id.penghubung.model.action.ReturnDraft;
import id.penghubung.model.action.SetTier;
import id.penghubung.model.action.SubmitReview;
import id.penghubung.model.action.UnitRemind;
import id.penghubung.model.action.UnitReply;
import id.penghubung.model.action.UnitWithdraw;
import id.penghubung.model.action.Unlink;
import id.penghubung.store.Draft;
import id.penghubung.store.OutboxEntry;
import id.penghubung.ui.action.ActionForm.Target;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A queued action back in the form (withdrawn, or a conflict the officer reworks): its type, text,
 * unit or institution and attachments. A draft of the same type is kept above it.
 */
final class QueuedEdit {
    private final ActionForm form;
    private final DraftAutosave drafts;
    private final FormAttachments files;
    private final ActionData store;
    private final Executor background;
    private final Executor ui;

    QueuedEdit(ActionForm form, DraftAutosave drafts, FormAttachments files, ActionData store, Executor background,
            Executor ui) {
        this.form = form;
        this.drafts = drafts;
        this.files = files;
        this.store = store;
        this.background = background;
        this.ui = ui;
    }

    void edit(OutboxEntry entry) {
        OfficerAction a = entry.action() instanceof SubmitReview draft ? draft.answer() : entry.action();
        if (ActionValidator.isLink(a.type())) {
            return; // a link has no text to rework: withdrawing it is all there is
        }
        boolean sameType = a.type() == form.type.get();
        String typed = form.text.get() == null ? "" : form.text.get();
        drafts.flush(form.type.get());
        form.switchType(a.type());
        form.problems.clear();
        form.result.set("");
        List<String> shas = switch (a) {
            case Respond r -> r.attachmentShas();
            case Complete r -> r.attachmentShas();
            default -> List.of();
        };
        form.attachments.setAll(shas.stream().map(files::known).toList());
        String value = textOf(a);
        Target t = form.target();
        if (t == null) {
            return;
        }
        if (sameType) {
            form.text.set(joined(typed, value)); // marks the form dirty: it autosaves as a draft like any typing
            return;
        }
        drafts.setQuietly("");
        background.execute(() -> {
            String draft = store.draft(t.complaintId(), t.kind()).map(Draft::text).orElse("");
            ui.execute(() -> {
                if (t.equals(form.target())) {
                    form.text.set(joined(draft, value));
                }
            });
        });
    }

    /** The action's text for the form; its unit, institution or tier go into their fields. */
    private String textOf(OfficerAction a) {
        return switch (a) {
            case Respond r -> r.text();
            case Complete r -> r.text();
            case RequestInfo r -> r.question();
            case Note r -> r.text();
            case NotAuthorized r -> {
                form.suggestedAgency.set(r.suggestedAgencyId().flatMap(id -> form.agencies.stream()
                        .filter(x -> x.id().equals(id)).findFirst()).orElse(null));
                yield r.reason();
            }
            case Dispose r -> {
                form.unit.set(form.units.stream().filter(u -> u.id().equals(r.unitId())).findFirst().orElse(null));
                yield r.note();
            }
            case Create r -> r.body(); // never on a complaint's form: the intake form edits a CREATE
            // The coordination pane edits these (ui.units); the form never holds them.
            case UnitReply r -> r.text();
            case UnitRemind r -> r.note();
            case UnitWithdraw r -> r.reason();
            case SetTier r -> {
                form.tier.set(r.tier());
                yield "";
            }
            case Extend r -> r.reason();
            case Link r -> r.relatedTrackingId();
            case Unlink r -> r.relatedTrackingId();
            // The review pane (ui.review) makes approvals and returns; a draft was unwrapped above.
            case SubmitReview r -> r.text();
            case Approve r -> "";
            case ReturnDraft r -> r.note();
        };
    }

    private static String joined(String kept, String back) {
        if (kept == null || kept.isBlank() || kept.strip().equals(back.strip())) {
            return back;
        }
        return kept.strip() + "\n\n" + back;
    }
}
