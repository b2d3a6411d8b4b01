package id.penghubung.ui.action;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.Problem;
import id.penghubung.store.OutboxEntry;
import id.penghubung.ui.action.ActionForm.Target;
import id.penghubung.ui.common.ActionDescription;
import id.penghubung.ui.common.OfficerText;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiPredicate;

/**
 * The form's action into the outbox: validated first (every problem next to its field), a template's
 * unit placeholder never sent, a public or closing action confirmed by the officer, then queued on
 * the complaint version the officer saw, its draft removed and the form cleared.
 */
final class ActionQueueing {
    private final Messages messages;
    private final ActionData store;
    private final ActionCheck check;
    private final ActionForm form;
    private final DraftAutosave drafts;
    private final ReviewWording review;
    private final QueuedFate fate;
    private final Executor background;
    private final Executor ui;
    private Runnable onQueued = () -> { };
    /** Asked before a public or closing action enters the outbox (the view shows what goes to whom). */
    private BiPredicate<Complaint, ActionDescription> confirmer = (c, d) -> true;

    ActionQueueing(Messages messages, ActionData store, ActionCheck check, ActionForm form, DraftAutosave drafts,
            ReviewWording review, QueuedFate fate, Executor background, Executor ui) {
        this.messages = messages;
        this.store = store;
        this.check = check;
        this.form = form;
        this.drafts = drafts;
        this.review = review;
        this.fate = fate;
        this.background = background;
        this.ui = ui;
    }

    void setOnQueued(Runnable value) {
        onQueued = Objects.requireNonNull(value);
    }

    void setConfirmer(BiPredicate<Complaint, ActionDescription> value) {
        confirmer = Objects.requireNonNull(value);
    }

    /** See {@link ActionViewModel#queue()}. */
    boolean queue() {
        Complaint c = form.complaint.get();
        form.result.set("");
        if (c == null || form.busy.get() || review.refuses()) {
            return false; // a refusal by the review policy is on screen already, beside the disabled button
        }
        OfficerAction action = review.routed(form.action());
        List<Problem> found = check.check(action, c);
        FormProblems.show(messages, found, form.problems);
        if (!found.isEmpty()) {
            return false;
        }
        String placeholder = messages.get("ui.action.unitPlaceholder");
        if (form.text.get() != null && form.text.get().contains(placeholder)) {
            form.problems.put(ActionViewModel.FIELD_TEXT, messages.get("ui.action.placeholderLeft", placeholder));
            return false;
        }
        if (ActionDescription.isPublic(action.type()) && !confirmer.test(c, form.describe(messages))) {
            return false; // back to the editor, nothing queued
        }
        form.busy.set(true);
        drafts.forget();
        Target t = form.target();
        long baseVersion = c.version();
        background.execute(() -> {
            try {
                OutboxEntry entry = store.enqueue(c.id(), baseVersion, action);
                store.deleteDraft(t.complaintId(), t.kind());
                ui.execute(() -> {
                    form.busy.set(false);
                    drafts.setQuietly("");
                    form.clearChoices();
                    form.draftState.set("");
                    fate.queued(entry, t.kind());
                    onQueued.run();
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    form.busy.set(false);
                    form.problems.put(ActionViewModel.FIELD_FORM, messages.get("ui.error.store", OfficerText.of(messages, e)));
                });
            }
        });
        return true;
    }
}
