package id.penghubung.ui.action;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.calendar.OfficeTime;
import id.penghubung.store.Draft;
import id.penghubung.ui.action.ActionForm.Target;
import id.penghubung.ui.common.Debouncer;
import id.penghubung.ui.common.OfficerText;
import id.penghubung.ui.common.Scheduler;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The action form's drafts: the text autosaves (debounced) per complaint and action, a switch of
 * complaint or action saves at once, a complaint's draft comes back with it, and nothing is saved
 * while the desk is locked. Store calls run on the background executor, the form is changed on the
 * UI thread.
 */
final class DraftAutosave {
    private final Messages messages;
    private final ActionData store;
    private final ActionForm form;
    private final Executor background;
    private final Executor ui;
    private final Debouncer autosave;
    private final DateTimeFormatter time;
    /** True while the desk is locked: the store refuses drafts then. */
    private boolean suspended;
    /** True while the form's text is set by the form itself, not typed. */
    private boolean loading;
    /** Typed since the last save was scheduled or done (UI thread only). */
    private boolean dirty;

    DraftAutosave(Messages messages, ActionData store, ActionForm form, Executor background, Executor ui,
            Scheduler scheduler, ZoneId zone) {
        this.messages = messages;
        this.store = store;
        this.form = form;
        this.background = background;
        this.ui = ui;
        this.autosave = new Debouncer(scheduler, ActionViewModel.AUTOSAVE_DELAY);
        this.time = OfficeTime.time(messages.locale(), zone);
    }

    /** The officer changed the text: a save is scheduled after the pause. */
    void typed() {
        if (loading) {
            return;
        }
        form.problems.remove(ActionViewModel.FIELD_TEXT);
        dirty = true;
        form.draftState.set(messages.get("ui.action.draftUnsaved"));
        Target target = form.target();
        if (target != null) {
            autosave.triggerTrailing(() -> ui.execute(() -> {
                if (dirty && !suspended && target.equals(form.target())) {
                    dirty = false;
                    String value = form.text.get();
                    background.execute(() -> save(target, value));
                }
            }));
        }
    }

    /** The officer chose another action: the draft written under {@code before} is saved, the new one's loaded. */
    void typeChanged(ActionType before) {
        if (form.switching()) {
            return;
        }
        flush(before);
        form.problems.clear();
        load();
    }

    /** Puts the complaint's most recent draft (of any action its status allows) into the form. */
    void restore() {
        Target t = form.target();
        setQuietly("");
        dirty = false;
        form.draftState.set("");
        if (t == null) {
            return;
        }
        Complaint c = form.complaint.get();
        background.execute(() -> {
            Optional<Draft> latest = FormTypes.allowed(c.status()).stream()
                    .flatMap(k -> store.draft(t.complaintId(), k).stream())
                    .max(Comparator.comparing(Draft::updatedAt));
            ui.execute(() -> {
                if (t.equals(form.target()) && !dirty && latest.isPresent()) {
                    Draft d = latest.get();
                    form.switchType(d.kind());
                    setQuietly(d.text());
                    form.draftState.set(savedAt(d));
                }
            });
        });
    }

    /** Puts the draft of the form's complaint and action type, if any, into the form. */
    void load() {
        Target t = form.target();
        setQuietly("");
        dirty = false;
        form.draftState.set("");
        if (t == null) {
            return;
        }
        background.execute(() -> {
            Optional<Draft> d = store.draft(t.complaintId(), t.kind());
            ui.execute(() -> {
                if (t.equals(form.target()) && !dirty) { // never over what the officer started typing meanwhile
                    d.ifPresent(draft -> {
                        setQuietly(draft.text());
                        form.draftState.set(savedAt(draft));
                    });
                }
            });
        });
    }

    /** Sets the text without counting it as typed. */
    void setQuietly(String value) {
        loading = true;
        try {
            form.text.set(value);
        } finally {
            loading = false;
        }
    }

    /** Forgets the typing since the last save: the action was queued and its draft goes with it. */
    void forget() {
        autosave.cancel();
        dirty = false;
    }

    private String savedAt(Draft d) {
        return messages.get("ui.action.draftSaved", time.format(d.updatedAt()));
    }

    /** Saves (or, when the text is blank, removes) a draft; runs on the background executor. */
    private void save(Target t, String value) {
        try {
            if (value == null || value.isBlank()) {
                store.deleteDraft(t.complaintId(), t.kind());
                ui.execute(() -> {
                    if (t.equals(form.target())) {
                        form.draftState.set("");
                    }
                });
            } else {
                Draft d = store.saveDraft(t.complaintId(), t.kind(), value);
                ui.execute(() -> {
                    if (t.equals(form.target())) {
                        form.draftState.set(savedAt(d));
                    }
                });
            }
        } catch (RuntimeException e) {
            ui.execute(() -> {
                // Still in the form: saved again on the next change or after the desk is unlocked.
                if (t.equals(form.target())) {
                    dirty = true;
                }
                form.draftState.set(messages.get("ui.action.draftNotSaved", OfficerText.of(messages, e)));
            });
        }
    }

    /** See {@link ActionViewModel#suspendAutosave()}. */
    Runnable suspend() {
        suspended = true;
        autosave.cancel();
        Complaint c = form.complaint.get();
        ActionType kind = form.type.get();
        if (!dirty || c == null || kind == null) {
            return () -> { };
        }
        dirty = false;
        Target t = new Target(c.id(), kind);
        String value = form.text.get();
        return () -> save(t, value);
    }

    /** After the desk is unlocked: autosave again, and a draft that could not be saved is saved now. */
    void resume() {
        suspended = false;
        flush(form.type.get());
    }

    /** Writes the pending draft of the form's complaint under {@code kind} now. */
    void flush(ActionType kind) {
        Complaint c = form.complaint.get();
        autosave.cancel();
        if (c == null || kind == null || suspended) {
            return;
        }
        String value = form.text.get();
        Target t = new Target(c.id(), kind);
        if (dirty) {
            dirty = false;
            background.execute(() -> save(t, value));
        }
    }
}
