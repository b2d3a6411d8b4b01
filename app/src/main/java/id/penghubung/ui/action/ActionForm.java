package id.penghubung.ui.action;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Complaint;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.UnitRef;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.action.Extend;
import id.penghubung.model.action.NotAuthorized;
import id.penghubung.model.action.Note;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.RequestInfo;
import id.penghubung.model.action.Respond;
import id.penghubung.model.action.SetTier;
import id.penghubung.model.action.UnitOrder;
import id.penghubung.ui.action.ActionViewModel.Picked;
import id.penghubung.ui.common.ActionDescription;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

/**
 * The action form's state, shared by the rooms of {@link ActionViewModel}: what the officer chose and
 * wrote, the lists to choose from, the problems by field and the form's messages; and the action the
 * form describes now. UI thread only.
 */
final class ActionForm {
    final ObjectProperty<Complaint> complaint = new SimpleObjectProperty<>();
    final ObjectProperty<ActionType> type = new SimpleObjectProperty<>(ActionType.RESPOND);
    final StringProperty text = new SimpleStringProperty("");
    final ObjectProperty<UnitRef> unit = new SimpleObjectProperty<>();
    /** SET_TIER's choice (issue 22); the field-inspection tier until the officer picks one. */
    final ObjectProperty<CompletionTier> tier = new SimpleObjectProperty<>(CompletionTier.FIELD_INSPECTION);
    final ObjectProperty<AgencyRef> suggestedAgency = new SimpleObjectProperty<>();
    final ObservableList<UnitRef> units = FXCollections.observableArrayList();
    /** Units a disposition goes to besides the first, and the unit due date (null: the agency's policy). Issue 20. */
    final ObservableList<UnitRef> alsoUnits = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> unitDue = new SimpleObjectProperty<>();
    final ObservableList<AgencyRef> agencies = FXCollections.observableArrayList();
    /** The institutions a "bukan wewenang" may suggest: never the complaint's own agency. */
    final FilteredList<AgencyRef> otherAgencies = new FilteredList<>(agencies, a -> true);
    final ObservableList<TemplateOption> templates = FXCollections.observableArrayList();
    /** The templates written for the chosen action type only. */
    final FilteredList<TemplateOption> templatesForType = new FilteredList<>(templates, t -> false);
    final ObservableList<Picked> attachments = FXCollections.observableArrayList();
    final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    final StringProperty draftState = new SimpleStringProperty("");
    final StringProperty result = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final BooleanProperty closed = new SimpleBooleanProperty(false);
    /** True while another complaint or a queued action is being put into the form: the type changes without loading drafts. */
    private boolean switching;

    /** Which complaint and action a draft belongs to. */
    record Target(String complaintId, ActionType kind) {
    }

    /** The draft the form writes now; null without a complaint. */
    Target target() {
        Complaint c = complaint.get();
        return c == null ? null : new Target(c.id(), type.get());
    }

    /** Sets the type as part of putting something else into the form: no draft is saved or loaded for it. */
    void switchType(ActionType value) {
        switching(() -> type.set(value));
    }

    boolean switching() {
        return switching;
    }

    /** Runs {@code change} as a switch: type changes inside it load no draft. */
    void switching(Runnable change) {
        switching = true;
        try {
            change.run();
        } finally {
            switching = false;
        }
    }

    /** Another complaint: a clean form on its first allowed action, institutions other than its own to suggest. */
    void startOn(Complaint value) {
        complaint.set(value);
        closed.set(value != null && value.status().isClosed());
        String own = value == null ? null : value.agency().map(AgencyRef::id).orElse(null);
        otherAgencies.setPredicate(a -> !a.id().equals(own));
        problems.clear();
        result.set("");
        clearChoices();
        type.set(FormTypes.defaultType(value));
    }

    /** No unit, further units, unit due date, institution or attachment chosen. */
    void clearChoices() {
        unit.set(null);
        alsoUnits.clear();
        unitDue.set(null);
        suggestedAgency.set(null);
        attachments.clear();
    }

    /**
     * Puts a template's text, with its placeholders filled, into the form. {@code {unitName}} is the
     * unit chosen in the form or the complaint's unit; without one it stays a visible placeholder the
     * officer must replace before queueing (never the agency's own name).
     */
    void applyTemplate(Messages messages, TemplateOption template) {
        Complaint c = complaint.get();
        if (c != null && template != null) {
            Optional<String> unitName = Optional.ofNullable(unit.get()).map(UnitRef::name)
                    .or(() -> c.unit().map(UnitRef::name));
            text.set(template.fill(c, messages.get("ui.lock.reporterGeneric"), unitName,
                    messages.get("ui.action.unitPlaceholder")));
        }
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

    /** What the form's action says and to whom, as the confirmation and the outbox show it. */
    ActionDescription describe(Messages messages) {
        Complaint c = complaint.get();
        return ActionDescription.of(messages, action(), c != null && c.anonymous(), new ActionDescription.Names(
                id -> units.stream().filter(u -> u.id().equals(id)).map(UnitRef::name).findFirst(),
                id -> agencies.stream().filter(x -> x.id().equals(id)).map(AgencyRef::name).findFirst(),
                sha -> attachments.stream().filter(p -> p.sha256().equals(sha)).map(Picked::fileName).findFirst()));
    }
}
