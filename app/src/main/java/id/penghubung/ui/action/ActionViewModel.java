package id.penghubung.ui.action;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Complaint;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.UnitRef;
import id.penghubung.store.OutboxEntry;
import id.penghubung.ui.common.ActionDescription;
import id.penghubung.ui.common.Scheduler;
import id.penghubung.ui.detail.AttachmentAccess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiPredicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The action form under the detail pane: the officer picks an action, writes, and queues it.
 * The text autosaves as a draft (debounced) per complaint and action; queueing validates first and
 * shows every problem next to its field; a valid action goes into the store's outbox on the
 * complaint version the officer saw, and its draft is removed.
 *
 * <p>The rooms: {@link ActionForm} (the state and the action it describes, templates filled in),
 * {@link DraftAutosave} (drafts), {@link ActionQueueing} (validation, confirmation, the outbox),
 * {@link ReviewWording} (answers submitted for approval), {@link QueuedEdit} (a queued action back
 * in the form) and {@link FormAttachments} (picked files).
 */
public final class ActionViewModel {
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(600);
    /** The form's fields, as the validator names them; anything else shows at the top of the form. */
    public static final String FIELD_TEXT = "text";
    public static final String FIELD_UNIT = "unitId";
    public static final String FIELD_AGENCY = "suggestedAgencyId";
    public static final String FIELD_FORM = "action";

    /** A file picked for the response, known by its hash once copied into the attachment store. */
    public record Picked(String fileName, String sha256) {
    }

    private final Messages messages;
    private final ActionForm form = new ActionForm();
    private final DraftAutosave drafts;
    private final FormAttachments files;
    private final ReviewWording review;
    private final ActionQueueing queueing;
    private final QueuedFate fate;
    private final QueuedEdit editing;
    private final ReferenceReading referenceReading;

    public ActionViewModel(Messages messages, ActionData store, ActionCheck check, ActionReference reference,
            Executor background, Executor ui, Scheduler scheduler, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        Objects.requireNonNull(store);
        Objects.requireNonNull(check);
        Objects.requireNonNull(background);
        Objects.requireNonNull(ui);
        this.review = new ReviewWording(messages, form.type);
        this.referenceReading = new ReferenceReading(Objects.requireNonNull(reference), form, review, background, ui);
        this.drafts = new DraftAutosave(messages, store, form, background, ui, scheduler, zone);
        this.files = new FormAttachments(messages, form, background, ui);
        this.fate = new QueuedFate(messages, store, form, background, ui);
        this.queueing = new ActionQueueing(messages, store, check, form, drafts, review, fate, background, ui);
        this.editing = new QueuedEdit(form, drafts, files, store, background, ui);
        form.text.addListener((o, a, b) -> drafts.typed());
        form.templatesForType.setPredicate(t -> t.fits(form.type.get()));
        form.type.addListener((o, a, b) -> {
            if (b == null) {
                form.type.set(a); // the form always has a kind of action
                return;
            }
            form.templatesForType.setPredicate(t -> t.fits(b));
            drafts.typeChanged(a);
        });
        form.unit.addListener((o, a, b) -> form.problems.remove(FIELD_UNIT));
    }

    /**
     * Reads the reference data (units, institutions, templates, the review policy) in the background;
     * after a sync, also what became of the action the form said was queued.
     */
    public void activate() {
        referenceReading.read();
        fate.check();
    }

    /**
     * Which complaint the form acts on; saves the previous one's pending draft first. Another
     * complaint starts from a clean form: the first action its status allows (a closed one: an
     * internal note), no unit, institution or attachment, unless it has a draft: then its most
     * recent draft comes back with its own action type.
     */
    public void setComplaint(Complaint value) {
        Complaint before = form.complaint.get();
        if (before != null && value != null && before.id().equals(value.id())) {
            form.complaint.set(value); // a newer version of the same complaint: keep what is being typed
            form.closed.set(value.status().isClosed());
            fate.check();
            return;
        }
        drafts.flush(form.type.get());
        form.switching(() -> form.startOn(value));
        drafts.restore();
    }

    /** Adds a passage (a unit's answer, issue 20) to the end of the text being written, after a blank line. */
    public void appendText(String passage) {
        String now = form.text.get() == null ? "" : form.text.get().strip();
        form.text.set(now.isEmpty() ? passage : now + "\n\n" + passage);
    }

    /**
     * Before the desk locks (FX thread): no autosave until {@link #resumeAutosave()}, and the pending
     * draft, if any, as a save to run on a background thread before the key is dropped.
     */
    public Runnable suspendAutosave() {
        return drafts.suspend();
    }

    /** After the desk is unlocked: autosave again, and a draft that could not be saved is saved now. */
    public void resumeAutosave() {
        drafts.resume();
    }

    /** Writes a pending draft now (switching complaint or action, closing the window). */
    public void flush() {
        drafts.flush(form.type.get());
    }

    /** Where picked files go (the sync engine's attachment store); without it nothing can be attached. */
    public void setAttachmentFiles(AttachmentAccess value) {
        files.setFiles(value);
    }

    /** Attaches a file from disk to the response (copied and hashed in the background). */
    public void attach(Path file) {
        files.attach(file);
    }

    public void detach(Picked picked) {
        form.attachments.remove(picked);
    }

    public ObservableList<Picked> attachments() {
        return form.attachments;
    }

    public ReadOnlyBooleanProperty canAttachProperty() {
        return files.canAttach();
    }

    /**
     * Loads a queued action back into the form (withdrawn, or a conflict the officer reworks): its
     * type, text, unit or institution and attachments. A draft of the same type is kept above it.
     */
    public void edit(OutboxEntry entry) {
        editing.edit(entry);
    }

    /** Puts a template's text, its placeholders filled, into the form (see {@link ActionForm#applyTemplate}). */
    public void applyTemplate(TemplateOption template) {
        form.applyTemplate(messages, template);
    }

    /** What the form's action says and to whom, as the confirmation and the outbox show it. */
    public ActionDescription describe() {
        return form.describe(messages);
    }

    /** Asked, on the UI thread, before a public or closing action enters the outbox; false keeps it in the form. */
    public void setConfirmer(BiPredicate<Complaint, ActionDescription> value) {
        queueing.setConfirmer(value);
    }

    /**
     * Validates and, when valid, queues the action (Ctrl+Enter). Returns false when problems were
     * found: they are in {@link #problems()} by field.
     */
    public boolean queue() {
        return queueing.queue();
    }

    /** Called on the UI thread after an action was queued (the desk refreshes counts and the detail). */
    public void setOnQueued(Runnable value) {
        queueing.setOnQueued(value);
    }

    public Messages messages() {
        return messages;
    }

    /** True where this account's public answers are submitted for approval (the queue button then says so). */
    public ReadOnlyBooleanProperty submitsForReviewProperty() {
        return review.submitsForReview();
    }

    /** Why the agency's review policy keeps this account from queueing the chosen action; empty when it may (issue 20). */
    public ReadOnlyStringProperty roleRefusalProperty() {
        return review.refusal();
    }

    /** The bundle key of the queue button's words for the chosen action. */
    public String queueKey() {
        return review.buttonKey(form.type.get());
    }

    public ObjectProperty<ActionType> typeProperty() {
        return form.type;
    }

    public StringProperty textProperty() {
        return form.text;
    }

    public ObjectProperty<CompletionTier> tierProperty() {
        return form.tier;
    }

    public ObjectProperty<UnitRef> unitProperty() {
        return form.unit;
    }

    public ObjectProperty<AgencyRef> suggestedAgencyProperty() {
        return form.suggestedAgency;
    }

    public ObservableList<UnitRef> units() {
        return form.units;
    }

    public ObservableList<UnitRef> alsoUnits() {
        return form.alsoUnits;
    }

    public ObjectProperty<LocalDate> unitDueProperty() {
        return form.unitDue;
    }

    public ObservableList<AgencyRef> agencies() {
        return form.agencies;
    }

    public ObservableList<TemplateOption> templates() {
        return form.templates;
    }

    /** The institutions to suggest for "bukan wewenang": all but the complaint's own agency. */
    public ObservableList<AgencyRef> otherAgencies() {
        return form.otherAgencies;
    }

    /** The templates written for the chosen action type. */
    public ObservableList<TemplateOption> templatesForType() {
        return form.templatesForType;
    }

    /** Problems by field ({@link #FIELD_TEXT}, {@link #FIELD_UNIT}, {@link #FIELD_AGENCY}, {@link #FIELD_FORM}). */
    public ObservableMap<String, String> problems() {
        return form.problems;
    }

    public ReadOnlyStringProperty draftStateProperty() {
        return form.draftState;
    }

    public ReadOnlyStringProperty resultProperty() {
        return form.result;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return form.busy;
    }

    /** The complaint is SELESAI or ARSIP: only an internal note is possible. */
    public ReadOnlyBooleanProperty closedProperty() {
        return form.closed;
    }

    public ObjectProperty<Complaint> complaintProperty() {
        return form.complaint;
    }
}
