package id.penghubung.ui.review;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.Reviews;
import id.penghubung.model.action.Approve;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.ReturnDraft;
import id.penghubung.ui.action.ActionCheck;
import id.penghubung.ui.units.InternalActions;
import id.penghubung.ui.units.UnitsData;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Persetujuan jawaban" in the complaint's detail (issue 20): the public answer waiting for the
 * approver (its type, author, date and text) with, for an approver, "Setujui" and "Kembalikan" with
 * notes; or the draft returned to its author with the approver's notes, which the author takes back
 * into the action form to edit and resubmit. The clocks keep running meanwhile, and the pane says so.
 */
public final class ReviewViewModel {
    private final Messages messages;
    private final BooleanSupplier approves;
    private final Executor background;
    private final Executor ui;
    private final InternalActions actions;
    private final DateTimeFormatter dateTime;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper returned = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper draftText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private Complaint complaint;
    private Optional<Event> waiting = Optional.empty();
    private boolean approver;
    private Runnable onQueued = () -> { };
    private Consumer<String> rework = s -> { };

    public ReviewViewModel(Messages messages, UnitsData data, ActionCheck check, BooleanSupplier approves, Executor background,
            Executor ui, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.approves = Objects.requireNonNull(approves);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.actions = new InternalActions(messages, data, check, background, ui);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
    }

    /** Reads, off the FX thread, whether this account approves (its agency's review policy). */
    public void activate() {
        background.execute(() -> {
            boolean value = approves.getAsBoolean();
            ui.execute(() -> {
                approver = value;
                show(complaint);
            });
        });
    }

    public void setOnQueued(Runnable value) {
        onQueued = Objects.requireNonNull(value);
    }

    /** Where a returned draft goes to be edited: the action form's text. */
    public void setRework(Consumer<String> value) {
        rework = Objects.requireNonNull(value);
    }

    public void show(Complaint c) {
        complaint = c;
        result.set("");
        waiting = c == null ? Optional.empty() : Reviews.waiting(c);
        Optional<Event> back = c == null || waiting.isPresent() ? Optional.empty() : Reviews.returned(c);
        returned.set(back.isPresent());
        canDecide.set(approver && waiting.isPresent());
        shown.set(waiting.isPresent() || back.isPresent());
        if (waiting.isPresent()) {
            Event e = waiting.get();
            heading.set(messages.get("ui.review.waiting", label(e), e.actor().name(), dateTime.format(e.at())));
            draftText.set(e.text());
            notes.set("");
        } else if (back.isPresent()) {
            Event r = back.get();
            Optional<Event> draft = Reviews.submission(c, r.review().map(s -> s.submissionId()).orElse(""));
            heading.set(messages.get("ui.review.returned", draft.map(this::label).orElse(""), r.actor().name(),
                    dateTime.format(r.at())));
            draftText.set(draft.map(Event::text).orElse(""));
            notes.set(r.text());
        } else {
            heading.set("");
            draftText.set("");
            notes.set("");
        }
    }

    private String label(Event e) {
        return e.review().map(s -> messages.label(s.answerType())).orElse("");
    }

    /** Approves the waiting draft; the problems found (empty when queued). */
    public List<String> approve() {
        return waiting.map(e -> queue(new Approve(e.id()))).orElse(List.of());
    }

    /** Returns the waiting draft to its author with notes; the problems found (empty when queued). */
    public List<String> returnWithNotes(String text) {
        return waiting.map(e -> queue(new ReturnDraft(e.id(), text == null ? "" : text.strip()))).orElse(List.of());
    }

    /** Takes the returned draft back into the action form, to edit and submit again. */
    public void reworkReturned() {
        if (returned.get()) {
            rework.accept(draftText.get());
        }
    }

    private List<String> queue(OfficerAction action) {
        return actions.queue(complaint, action, result::set, () -> onQueued.run());
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDecideProperty() {
        return canDecide.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty returnedProperty() {
        return returned.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty draftTextProperty() {
        return draftText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
