package id.penghubung.ui.action;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Complaint;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.UnitRef;
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
import id.penghubung.model.action.Problem;
import id.penghubung.model.action.RequestInfo;
import id.penghubung.model.action.Respond;
import id.penghubung.model.action.ReturnDraft;
import id.penghubung.model.action.SetTier;
import id.penghubung.model.action.SubmitReview;
import id.penghubung.model.action.UnitOrder;
import id.penghubung.model.action.UnitRemind;
import id.penghubung.model.action.UnitReply;
import id.penghubung.model.action.UnitWithdraw;
import id.penghubung.model.action.Unlink;
import id.penghubung.model.calendar.OfficeTime;
import id.penghubung.store.Draft;
import id.penghubung.store.OutboxEntry;
import id.penghubung.ui.common.ActionDescription;
import id.penghubung.ui.common.Debouncer;
import id.penghubung.ui.common.OfficerText;
import id.penghubung.ui.common.Scheduler;
import id.penghubung.ui.detail.AttachmentAccess;
import id.penghubung.ui.detail.AttachmentRefused;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiPredicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

/**
 * The action form under the detail pane: the officer picks an action, writes, and queues it.
 * The text autosaves as a draft (debounced) per complaint and action; queueing validates first and
 * shows every problem next to its field; a valid action goes into the store's outbox on the
 * complaint version the officer saw, and its draft is removed.
 */
public final class ActionViewModel {
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(600);
    /** The form's fields, as the validator names them; anything else shows at the top of the form. */
    public static final String FIELD_TEXT = "text";
    public static final String FIELD_UNIT = "unitId";
    public static final String FIELD_AGENCY = "suggestedAgencyId";
    public static final String FIELD_FORM = "action";
    private static final Set<String> TEXT_FIELDS = Set.of("text", "reason", "question", "note");

    private final Messages messages;
    private final ActionData store;
    private final ActionCheck check;
    private final ActionReference reference;
    private final Executor background;
    private final Executor ui;
    private final Debouncer autosave;
    /** True while the desk is locked: the store refuses drafts then. */
    private boolean suspended;
    private final DateTimeFormatter time;

    private final ObjectProperty<Complaint> complaint = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionType> type = new SimpleObjectProperty<>(ActionType.RESPOND);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<UnitRef> unit = new SimpleObjectProperty<>();
    /** SET_TIER's choice (issue 22); the field-inspection tier until the officer picks one. */
    private final ObjectProperty<CompletionTier> tier = new SimpleObjectProperty<>(CompletionTier.FIELD_INSPECTION);
    private final ObjectProperty<AgencyRef> suggestedAgency = new SimpleObjectProperty<>();
    private final ObservableList<UnitRef> units = FXCollections.observableArrayList();
    /** Units a disposition goes to besides the first, and the unit due date (null: the agency's policy). Issue 20. */
    private final ObservableList<UnitRef> alsoUnits = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> unitDue = new SimpleObjectProperty<>();
    private final ObservableList<AgencyRef> agencies = FXCollections.observableArrayList();
    /** The institutions a "bukan wewenang" may suggest: never the complaint's own agency. */
    private final FilteredList<AgencyRef> otherAgencies = new FilteredList<>(agencies, a -> true);
    private final ObservableList<TemplateOption> templates = FXCollections.observableArrayList();
    /** The templates written for the chosen action type only. */
    private final FilteredList<TemplateOption> templatesForType = new FilteredList<>(templates, t -> false);
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final StringProperty draftState = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty closed = new SimpleBooleanProperty(false);
    /** Whether this account's public answers go for approval first (the agency's review policy, issue 20). */
    private final BooleanProperty submitsForReview = new SimpleBooleanProperty(false);
    /** A file picked for the response, known by its hash once copied into the attachment store. */
    public record Picked(String fileName, String sha256) {
    }

    private final ObservableList<Picked> attachments = FXCollections.observableArrayList();
    private final BooleanProperty canAttach = new SimpleBooleanProperty(false);
    private AttachmentAccess files = AttachmentAccess.none();
    private boolean loading;
    /** Typed since the last save was scheduled or done (UI thread only). */
    private boolean dirty;
    private Runnable onQueued = () -> { };
    /** Asked before a public or closing action enters the outbox (the view shows what goes to whom). */
    private BiPredicate<Complaint, ActionDescription> confirmer = (c, d) -> true;
    /** True while another complaint is being put into the form: the type changes without loading drafts. */
    private boolean switching;

    public ActionViewModel(Messages messages, ActionData store, ActionCheck check, ActionReference reference,
            Executor background, Executor ui, Scheduler scheduler, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.store = Objects.requireNonNull(store);
        this.check = Objects.requireNonNull(check);
        this.reference = Objects.requireNonNull(reference);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.autosave = new Debouncer(scheduler, AUTOSAVE_DELAY);
        this.time = OfficeTime.time(messages.locale(), zone);
        text.addListener((o, a, b) -> {
            if (!loading) {
                problems.remove(FIELD_TEXT);
                dirty = true;
                draftState.set(messages.get("ui.action.draftUnsaved"));
                Target target = target();
                if (target != null) {
                    autosave.triggerTrailing(() -> ui.execute(() -> {
                        if (dirty && !suspended && target.equals(target())) {
                            dirty = false;
                            String value = text.get();
                            background.execute(() -> saveDraft(target, value));
                        }
                    }));
                }
            }
        });
        templatesForType.setPredicate(t -> t.fits(type.get()));
        type.addListener((o, a, b) -> {
            if (b == null) {
                type.set(a); // the form always has a kind of action
                return;
            }
            templatesForType.setPredicate(t -> t.fits(b));
            if (switching) {
                return;
            }
            flush(a);
            problems.clear();
            loadDraft();
        });
        unit.addListener((o, a, b) -> problems.remove(FIELD_UNIT));
    }

    /** Reads the reference data (units, institutions, templates) in the background. */
    public void activate() {
        background.execute(() -> {
            List<UnitRef> u = reference.units();
            List<AgencyRef> a = reference.agencies();
            List<TemplateOption> t = reference.templates();
            boolean reviewed = reference.submitsForReview();
            ui.execute(() -> {
                submitsForReview.set(reviewed);
                units.setAll(u);
                agencies.setAll(a);
                templates.setAll(t);
            });
        });
    }

    /**
     * Which complaint the form acts on; saves the previous one's pending draft first. Another
     * complaint starts from a clean form: the first action its status allows (a closed one: an
     * internal note), no unit, institution or attachment, unless it has a draft: then its most
     * recent draft comes back with its own action type.
     */
    public void setComplaint(Complaint value) {
        Complaint before = complaint.get();
        if (before != null && value != null && before.id().equals(value.id())) {
            complaint.set(value); // a newer version of the same complaint: keep what is being typed
            closed.set(value.status().isClosed());
            return;
        }
        flush(type.get());
        switching = true;
        try {
            complaint.set(value);
            closed.set(value != null && value.status().isClosed());
            String own = value == null ? null : value.agency().map(AgencyRef::id).orElse(null);
            otherAgencies.setPredicate(a -> !a.id().equals(own));
            problems.clear();
            result.set("");
            unit.set(null);
            alsoUnits.clear();
            unitDue.set(null);
            suggestedAgency.set(null);
            attachments.clear();
            type.set(defaultType(value));
        } finally {
            switching = false;
        }
        restoreDraft();
    }

    /** Whether this form writes the action type; a unit's answer, reminder and withdrawal are the coordination pane's (ui.units). */
    public static boolean isFormType(ActionType t) {
        return t != ActionType.UNIT_REPLY && t != ActionType.UNIT_REMIND && t != ActionType.UNIT_WITHDRAW
                && t != ActionType.SUBMIT_REVIEW && t != ActionType.APPROVE && t != ActionType.RETURN;
    }

    /** Adds a passage (a unit's answer, issue 20) to the end of the text being written, after a blank line. */
    public void appendText(String passage) {
        String now = text.get() == null ? "" : text.get().strip();
        text.set(now.isEmpty() ? passage : now + "\n\n" + passage);
    }

    /** The action a complaint's form starts with: a follow-up where allowed, else the first allowed, else a note. */
    static ActionType defaultType(Complaint c) {
        if (c == null) {
            return ActionType.RESPOND;
        }
        for (ActionType t : ActionType.values()) {
            if (isFormType(t) && ActionValidator.allows(c.status(), t)) {
                return t;
            }
        }
        return ActionType.NOTE;
    }

    /** Puts the complaint's most recent draft (of any action its status allows) into the form. */
    private void restoreDraft() {
        Target t = target();
        setTextQuietly("");
        dirty = false;
        draftState.set("");
        if (t == null) {
            return;
        }
        Complaint c = complaint.get();
        background.execute(() -> {
            Optional<Draft> latest = Arrays.stream(ActionType.values())
                    .filter(k -> isFormType(k) && ActionValidator.allows(c.status(), k))
                    .flatMap(k -> store.draft(t.complaintId(), k).stream())
                    .max(Comparator.comparing(Draft::updatedAt));
            ui.execute(() -> {
                if (t.equals(target()) && !dirty && latest.isPresent()) {
                    Draft d = latest.get();
                    switching = true;
                    try {
                        type.set(d.kind());
                    } finally {
                        switching = false;
                    }
                    setTextQuietly(d.text());
                    draftState.set(messages.get("ui.action.draftSaved", time.format(d.updatedAt())));
                }
            });
        });
    }

    private record Target(String complaintId, ActionType kind) {
    }

    private Target target() {
        Complaint c = complaint.get();
        return c == null ? null : new Target(c.id(), type.get());
    }

    private void loadDraft() {
        Target t = target();
        setTextQuietly("");
        dirty = false;
        draftState.set("");
        if (t == null) {
            return;
        }
        background.execute(() -> {
            Optional<Draft> d = store.draft(t.complaintId(), t.kind());
            ui.execute(() -> {
                if (t.equals(target()) && !dirty) { // never over what the officer started typing meanwhile
                    d.ifPresent(draft -> {
                        setTextQuietly(draft.text());
                        draftState.set(messages.get("ui.action.draftSaved", time.format(draft.updatedAt())));
                    });
                }
            });
        });
    }

    private void setTextQuietly(String value) {
        loading = true;
        try {
            text.set(value);
        } finally {
            loading = false;
        }
    }

    /** Saves (or, when the text is blank, removes) a draft; runs on the background executor. */
    private void saveDraft(Target t, String value) {
        try {
            if (value == null || value.isBlank()) {
                store.deleteDraft(t.complaintId(), t.kind());
                ui.execute(() -> {
                    if (t.equals(target())) {
                        draftState.set("");
                    }
                });
            } else {
                Draft d = store.saveDraft(t.complaintId(), t.kind(), value);
                ui.execute(() -> {
                    if (t.equals(target())) {
                        draftState.set(messages.get("ui.action.draftSaved", time.format(d.updatedAt())));
                    }
                });
            }
        } catch (RuntimeException e) {
            ui.execute(() -> {
                // Still in the form: saved again on the next change or after the desk is unlocked.
                if (t.equals(target())) {
                    dirty = true;
                }
                draftState.set(messages.get("ui.action.draftNotSaved", OfficerText.of(messages, e)));
            });
        }
    }

    /**
     * Before the desk locks (FX thread): no autosave until {@link #resumeAutosave()}, and the pending
     * draft, if any, as a save to run on a background thread before the key is dropped.
     */
    public Runnable suspendAutosave() {
        suspended = true;
        autosave.cancel();
        Complaint c = complaint.get();
        ActionType kind = type.get();
        if (!dirty || c == null || kind == null) {
            return () -> { };
        }
        dirty = false;
        Target t = new Target(c.id(), kind);
        String value = text.get();
        return () -> saveDraft(t, value);
    }

    /** After the desk is unlocked: autosave again, and a draft that could not be saved is saved now. */
    public void resumeAutosave() {
        suspended = false;
        flush();
    }

    /** Writes a pending draft now (switching complaint or action, closing the window). */
    public void flush() {
        flush(type.get());
    }

    private void flush(ActionType kind) {
        Complaint c = complaint.get();
        autosave.cancel();
        if (c == null || kind == null || suspended) {
            return;
        }
        String value = text.get();
        Target t = new Target(c.id(), kind);
        if (dirty) {
            dirty = false;
            background.execute(() -> saveDraft(t, value));
        }
    }

    /** Where picked files go (the sync engine's attachment store); without it nothing can be attached. */
    public void setAttachmentFiles(AttachmentAccess value) {
        files = Objects.requireNonNull(value);
        canAttach.set(value.canImport());
    }

    /** Attaches a file from disk to the response (copied and hashed in the background). */
    public void attach(Path file) {
        AttachmentAccess target = files;
        background.execute(() -> {
            try {
                Optional<String> sha = target.importFile(file);
                ui.execute(() -> sha.ifPresent(s -> {
                    if (attachments.stream().noneMatch(p -> p.sha256().equals(s))) {
                        attachments.add(new Picked(file.getFileName().toString(), s));
                    }
                }));
            } catch (AttachmentRefused e) {
                ui.execute(() -> problems.put(FIELD_FORM, messages.get(e.key(), e.args())));
            } catch (RuntimeException e) {
                ui.execute(() -> problems.put(FIELD_FORM,
                        messages.get("ui.action.attachFailed", file.getFileName().toString(), OfficerText.of(messages, e))));
            }
        });
    }

    public void detach(Picked picked) {
        attachments.remove(picked);
    }

    public ObservableList<Picked> attachments() {
        return attachments;
    }

    public ReadOnlyBooleanProperty canAttachProperty() {
        return canAttach;
    }

    /**
     * Loads a queued action back into the form (withdrawn, or a conflict the officer reworks): its
     * type, text, unit or institution and attachments. A draft of the same type is kept above it.
     */
    public void edit(OutboxEntry entry) {
        OfficerAction a = entry.action() instanceof SubmitReview draft ? draft.answer() : entry.action();
        if (ActionValidator.isLink(a.type())) {
            return; // a link has no text to rework: withdrawing it is all there is
        }
        boolean sameType = a.type() == type.get();
        String typed = text.get() == null ? "" : text.get();
        flush(type.get());
        switching = true;
        try {
            type.set(a.type());
        } finally {
            switching = false;
        }
        problems.clear();
        result.set("");
        List<String> shas = switch (a) {
            case Respond r -> r.attachmentShas();
            case Complete r -> r.attachmentShas();
            default -> List.of();
        };
        attachments.setAll(shas.stream().map(sha -> new Picked(files.fileName(sha)
                .orElse(messages.get("ui.action.attachmentUnnamed", sha.substring(0, Math.min(8, sha.length())))), sha))
                .toList());
        String value = switch (a) {
            case Respond r -> r.text();
            case Complete r -> r.text();
            case RequestInfo r -> r.question();
            case Note r -> r.text();
            case NotAuthorized r -> {
                suggestedAgency.set(r.suggestedAgencyId().flatMap(id -> agencies.stream()
                        .filter(x -> x.id().equals(id)).findFirst()).orElse(null));
                yield r.reason();
            }
            case Dispose r -> {
                unit.set(units.stream().filter(u -> u.id().equals(r.unitId())).findFirst().orElse(null));
                yield r.note();
            }
            case Create r -> r.body(); // never on a complaint's form: the intake form edits a CREATE
            // The coordination pane edits these (ui.units); the form never holds them.
            case UnitReply r -> r.text();
            case UnitRemind r -> r.note();
            case UnitWithdraw r -> r.reason();
            case SetTier r -> {
                tier.set(r.tier());
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
        Target t = target();
        if (t == null) {
            return;
        }
        if (sameType) {
            text.set(joined(typed, value)); // marks the form dirty: it autosaves as a draft like any typing
            return;
        }
        setTextQuietly("");
        background.execute(() -> {
            String draft = store.draft(t.complaintId(), t.kind()).map(Draft::text).orElse("");
            ui.execute(() -> {
                if (t.equals(target())) {
                    text.set(joined(draft, value));
                }
            });
        });
    }

    private static String joined(String kept, String back) {
        if (kept == null || kept.isBlank() || kept.strip().equals(back.strip())) {
            return back;
        }
        return kept.strip() + "\n\n" + back;
    }

    /**
     * Puts a template's text, with its placeholders filled, into the form. {@code {unitName}} is the
     * unit chosen in the form or the complaint's unit; without one it stays a visible placeholder the
     * officer must replace before queueing (never the agency's own name).
     */
    public void applyTemplate(TemplateOption template) {
        Complaint c = complaint.get();
        if (c != null && template != null) {
            Optional<String> unitName = Optional.ofNullable(unit.get()).map(UnitRef::name)
                    .or(() -> c.unit().map(UnitRef::name));
            text.set(template.fill(c, messages.get("ui.lock.reporterGeneric"), unitName,
                    messages.get("ui.action.unitPlaceholder")));
        }
    }

    /** What the form's action says and to whom, as the confirmation and the outbox show it. */
    public ActionDescription describe() {
        Complaint c = complaint.get();
        return ActionDescription.of(messages, action(), c != null && c.anonymous(), new ActionDescription.Names(
                id -> units.stream().filter(u -> u.id().equals(id)).map(UnitRef::name).findFirst(),
                id -> agencies.stream().filter(x -> x.id().equals(id)).map(AgencyRef::name).findFirst(),
                sha -> attachments.stream().filter(p -> p.sha256().equals(sha)).map(Picked::fileName).findFirst()));
    }

    /** Asked, on the UI thread, before a public or closing action enters the outbox; false keeps it in the form. */
    public void setConfirmer(BiPredicate<Complaint, ActionDescription> value) {
        confirmer = Objects.requireNonNull(value);
    }

    /** The action the form describes now. */
    OfficerAction action() {
        String value = text.get() == null ? "" : text.get().strip();
        return switch (type.get()) {
            case RESPOND -> new Respond(value, attachments.stream().map(Picked::sha256).toList());
            case COMPLETE -> new Complete(value, attachments.stream().map(Picked::sha256).toList());
            case REQUEST_INFO -> new RequestInfo(value);
            case NOTE -> new Note(value);
            case NOT_AUTHORIZED -> new NotAuthorized(value,
                    Optional.ofNullable(suggestedAgency.get()).map(AgencyRef::id));
            case DISPOSE -> dispose(value);
            case UNIT_REPLY, UNIT_REMIND, UNIT_WITHDRAW -> throw new IllegalStateException("Not a form action: " + type.get());
            case CREATE -> throw new IllegalStateException("The intake form makes a CREATE, not a complaint's action form");
            case SET_TIER -> new SetTier(Optional.ofNullable(tier.get()).orElse(CompletionTier.FIELD_INSPECTION));
            case EXTEND -> new Extend(value);
            case LINK, UNLINK -> throw new IllegalStateException("A link is made from the similar complaints pane, not the form");
            case SUBMIT_REVIEW, APPROVE, RETURN -> throw new IllegalStateException("A public answer is submitted by queue(); the review pane approves");
        };
    }

    /**
     * Validates and, when valid, queues the action (Ctrl+Enter). Returns false when problems were
     * found: they are in {@link #problems()} by field.
     */
    public boolean queue() {
        Complaint c = complaint.get();
        result.set("");
        if (c == null || busy.get()) {
            return false;
        }
        OfficerAction typed = action();
        // Where the agency reviews public answers, the officer's answer goes to the approver, not the reporter (issue 20).
        OfficerAction action = submitsForReview.get() && SubmitReview.isPublicAnswer(typed.type()) ? SubmitReview.of(typed) : typed;
        List<Problem> found = check.check(action, c);
        problems.clear();
        if (!found.isEmpty()) {
            Map<String, StringBuilder> byField = new LinkedHashMap<>();
            for (Problem p : found) {
                String field = fieldOf(p.field());
                StringBuilder sb = byField.computeIfAbsent(field, k -> new StringBuilder());
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(messages.get(p.messageKey(), labelled(p.args())));
            }
            byField.forEach((k, v) -> problems.put(k, v.toString()));
            return false;
        }
        String placeholder = messages.get("ui.action.unitPlaceholder");
        if (text.get() != null && text.get().contains(placeholder)) {
            problems.put(FIELD_TEXT, messages.get("ui.action.placeholderLeft", placeholder));
            return false;
        }
        if (ActionDescription.isPublic(action.type()) && !confirmer.test(c, describe())) {
            return false; // back to the editor, nothing queued
        }
        busy.set(true);
        autosave.cancel();
        dirty = false;
        Target t = target();
        long baseVersion = c.version();
        background.execute(() -> {
            try {
                store.enqueue(c.id(), baseVersion, action);
                store.deleteDraft(t.complaintId(), t.kind());
                ui.execute(() -> {
                    busy.set(false);
                    setTextQuietly("");
                    attachments.clear();
                    unit.set(null);
            alsoUnits.clear();
            unitDue.set(null);
                    suggestedAgency.set(null);
                    draftState.set("");
                    result.set(messages.get("ui.action.queued", messages.label(t.kind())));
                    onQueued.run();
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(false);
                    problems.put(FIELD_FORM, messages.get("ui.error.store", OfficerText.of(messages, e)));
                });
            }
        });
        return true;
    }

    private static String fieldOf(String validatorField) {
        if (TEXT_FIELDS.contains(validatorField) || validatorField.equals("attachments")) {
            return FIELD_TEXT;
        }
        if (validatorField.equals(FIELD_UNIT) || validatorField.equals("unit")) {
            return FIELD_UNIT;
        }
        if (validatorField.equals(FIELD_AGENCY) || validatorField.equals("agency")) {
            return FIELD_AGENCY;
        }
        return FIELD_FORM;
    }

    /** Enum arguments are shown by their labels (the validator's keys expect that). */
    private Object[] labelled(List<Object> args) {
        return args.stream().map(a -> a instanceof Enum<?> e ? messages.label(e) : a).toArray();
    }

    /** Called on the UI thread after an action was queued (the desk refreshes counts and the detail). */
    public void setOnQueued(Runnable value) {
        onQueued = Objects.requireNonNull(value);
    }

    public Messages messages() {
        return messages;
    }

    /** True where this account's public answers are submitted for approval (the queue button then says so). */
    public ReadOnlyBooleanProperty submitsForReviewProperty() {
        return submitsForReview;
    }

    public ObjectProperty<ActionType> typeProperty() {
        return type;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<CompletionTier> tierProperty() {
        return tier;
    }

    public ObjectProperty<UnitRef> unitProperty() {
        return unit;
    }

    public ObjectProperty<AgencyRef> suggestedAgencyProperty() {
        return suggestedAgency;
    }

    public ObservableList<UnitRef> units() {
        return units;
    }

    public ObservableList<UnitRef> alsoUnits() {
        return alsoUnits;
    }

    public ObjectProperty<LocalDate> unitDueProperty() {
        return unitDue;
    }

    /** One disposition to the chosen unit and every other unit ticked, each with the instruction and the due date. */
    private Dispose dispose(String instruction) {
        Optional<LocalDate> due = Optional.ofNullable(unitDue.get());
        List<UnitOrder> orders = new ArrayList<>();
        orders.add(new UnitOrder(Optional.ofNullable(unit.get()).map(UnitRef::id).orElse(""),
                instruction, due));
        alsoUnits.stream().filter(u -> unit.get() == null || !u.id().equals(unit.get().id()))
                .forEach(u -> orders.add(new UnitOrder(u.id(), instruction, due)));
        return new Dispose(orders);
    }

    public ObservableList<AgencyRef> agencies() {
        return agencies;
    }

    public ObservableList<TemplateOption> templates() {
        return templates;
    }

    /** The institutions to suggest for "bukan wewenang": all but the complaint's own agency. */
    public ObservableList<AgencyRef> otherAgencies() {
        return otherAgencies;
    }

    /** The templates written for the chosen action type. */
    public ObservableList<TemplateOption> templatesForType() {
        return templatesForType;
    }

    /** Problems by field ({@link #FIELD_TEXT}, {@link #FIELD_UNIT}, {@link #FIELD_AGENCY}, {@link #FIELD_FORM}). */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty draftStateProperty() {
        return draftState;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The complaint is SELESAI or ARSIP: only an internal note is possible. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed;
    }

    public ObjectProperty<Complaint> complaintProperty() {
        return complaint;
    }
}
