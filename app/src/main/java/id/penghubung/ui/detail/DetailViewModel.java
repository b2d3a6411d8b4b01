package id.penghubung.ui.detail;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.model.calendar.OfficeTime;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.store.OutboxEntry;
import id.penghubung.ui.common.ActionDescription;
import id.penghubung.ui.common.OfficerText;
import id.penghubung.ui.common.Urgency;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail pane: one complaint as the officer reads it — title, privacy, location, text, the
 * deadline clocks in working days, the chronology, attachments, and the actions queued on it.
 * The texts come from {@link DetailTexts}, the outbox rows from {@link OutboxLines}, what the officer
 * does to them from {@link OutboxCommands}, attachment copies from {@link AttachmentCopies}.
 */
public final class DetailViewModel {

    /** A deadline clock as shown: its name, its reading ("2 hari kerja lagi"), its colour and its due day ("Batas 12 Mar 2026"). */
    public record ClockLine(String name, String reading, Urgency urgency, String due) {
    }

    /** One step of the chronology. */
    public record TimelineLine(String when, String what, String who, String text, List<Attachment> attachments) {
    }

    private final Messages messages;
    private final DetailData data;
    private final DeadlineCalculator deadlines;
    private final AttachmentAccess files;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final DateTimeFormatter dateTime;
    private final AtomicLong generation = new AtomicLong();
    private final DetailTexts texts;
    private final OutboxLines outboxLines;
    private final OutboxCommands commands;
    private final AttachmentCopies attachmentCopies;

    private final ObjectProperty<Complaint> complaint = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty tracking = new SimpleStringProperty("");
    private final StringProperty meta = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** What just happened to an outbox row (withdrawn, too late), shown above the rows. */
    private final StringProperty notice = new SimpleStringProperty("");
    /** When the reporter's reply window has lapsed: says so and names what LAPOR! allows now (issue 22). */
    private final StringProperty replyLapse = new SimpleStringProperty("");
    /** "Kalender: SKB … · diperbarui …": the holiday table the clocks were counted with (issue 22). */
    private final StringProperty calendar = new SimpleStringProperty("");
    private final StringProperty privacy = new SimpleStringProperty("");
    private final ObservableList<ClockLine> clocks = FXCollections.observableArrayList();
    private final ObservableList<TimelineLine> timeline = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObservableList<OutboxLine> outbox = FXCollections.observableArrayList();
    private Consumer<ActionType> onChoose;
    private final ObservableList<ActionType> lapseActions = FXCollections.observableArrayList();

    public DetailViewModel(Messages messages, DetailData data, DeadlineCalculator deadlines, AttachmentAccess files,
            Executor background, Executor ui, Clock clock, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.data = Objects.requireNonNull(data);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.files = Objects.requireNonNull(files);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.clock = Objects.requireNonNull(clock);
        // Every time in the pane (header, chronology, outbox rows, units) carries the zone's label.
        this.dateTime = OfficeTime.dateTime(messages.locale(), zone);
        DateTimeFormatter dueDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.texts = new DetailTexts(messages, deadlines, clock, Objects.requireNonNull(zone), dateTime, dueDay);
        this.outboxLines = new OutboxLines(messages, data, dateTime);
        this.commands = new OutboxCommands(messages, data, background, ui, notice::set, this::reload);
        this.attachmentCopies = new AttachmentCopies(messages, files, background, ui, message::set);
        message.set(messages.get("main.welcome"));
    }

    /** Called when the outbox of the shown complaint changed (withdrawn); the desk refreshes counts. */
    public void setOnOutboxChanged(Runnable value) {
        commands.setOnOutboxChanged(value);
    }

    /**
     * How units and institutions are named on the outbox rows (the reference data; called on a
     * background thread). Attachments are named by the attachment files.
     */
    public void setNames(Function<String, Optional<String>> unit,
            Function<String, Optional<String>> agency) {
        outboxLines.setNames(new ActionDescription.Names(unit, agency, files::fileName));
    }

    /** Shows a complaint by id; empty clears the pane. */
    public void show(Optional<String> complaintId) {
        long gen = generation.incrementAndGet();
        if (complaintId.isEmpty()) {
            clear();
            return;
        }
        String id = complaintId.get();
        background.execute(() -> {
            try {
                Optional<Complaint> c = data.complaint(id);
                List<OutboxEntry> all = data.outboxFor(id);
                Instant now = clock.instant();
                List<Deadline> clockList = c.map(x -> deadlines.evaluate(x, now).deadlines()).orElse(List.of());
                List<OutboxLine> entries = c.map(x -> outboxLines.of(x, all, clockList, now)).orElse(List.of());
                ui.execute(() -> {
                    if (gen == generation.get()) {
                        c.ifPresentOrElse(x -> fill(x, clockList, entries), this::clear);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> message.set(messages.get("ui.error.store", OfficerText.of(messages, e))));
            }
        });
    }

    /** Reloads the shown complaint (after an action or a sync). */
    public void reload() {
        show(Optional.ofNullable(complaint.get()).map(Complaint::id));
    }

    private void clear() {
        complaint.set(null);
        List.of(title, tracking, meta, location, body, notice, replyLapse, calendar, privacy).forEach(p -> p.set(""));
        clocks.clear();
        timeline.clear();
        attachments.clear();
        outbox.clear();
        lapseActions.clear();
        message.set(messages.get("main.welcome"));
    }

    private void fill(Complaint c, List<Deadline> clockList, List<OutboxLine> entries) {
        message.set("");
        title.set(c.title());
        tracking.set(c.trackingId().toString());
        meta.set(texts.meta(c));
        location.set(DetailTexts.location(c.location()));
        body.set(c.body());
        clocks.setAll(clockList.stream().map(texts::clockLine).toList());
        timeline.setAll(texts.timeline(c));
        attachments.setAll(c.attachments());
        outbox.setAll(entries);
        Optional<String> lapse = ReplyLapse.text(c, deadlines, clock.instant(), messages, dateTime);
        replyLapse.set(lapse.orElse(""));
        lapseActions.setAll(lapse.isPresent() && onChoose != null ? ReplyLapse.ALLOWED : List.of());
        calendar.set(texts.calendar());
        privacy.set(texts.privacy(c));
        if (complaint.get() == null || !complaint.get().id().equals(c.id())) {
            notice.set(""); // a notice about another complaint's outbox
        }
        complaint.set(c);
    }

    /**
     * Takes back a queued action that was not sent yet; its text, target and attachments go back into
     * the editor, so withdrawing loses nothing.
     */
    public void withdraw(OutboxLine line) {
        commands.withdraw(line);
    }

    /** What changed since a conflicted action was written, or why a rejected one was refused. */
    public ConflictDiff diff(OutboxLine line) {
        return line.diff();
    }

    /**
     * Resend after review: the action goes back to PENDING on the version the officer has now seen
     * (the server's, from its answer, when newer than the local copy).
     */
    public void resend(OutboxLine line) {
        Complaint c = complaint.get();
        if (c != null) {
            commands.resend(line, c);
        }
    }

    /** Drops an action the officer gives up on. */
    public void discard(OutboxLine line) {
        commands.discard(line);
    }

    /** Puts the action back into the form for editing and drops the old entry. */
    public void edit(OutboxLine line) {
        commands.edit(line);
    }

    public void setOnEdit(Consumer<OutboxEntry> value) {
        commands.setOnEdit(value);
    }

    /**
     * Opens an attachment with the desktop's program through {@code opener} (the view's HostServices):
     * a decrypted 0600 temporary copy, deleted when the desk locks or closes.
     */
    public void open(Attachment attachment, Consumer<Path> opener) {
        attachmentCopies.open(attachment, opener);
    }

    /** Writes an attachment's decrypted bytes to {@code target} chosen by the officer (0600). */
    public void save(Attachment attachment, Path target) {
        attachmentCopies.save(attachment, target);
    }

    /**
     * Who chooses an action in the editor when the officer picks one the lapsed reply window offers;
     * set only on a desk that may act (the Ombudsman's offers none).
     */
    public void setOnChooseAction(Consumer<ActionType> value) {
        onChoose = Objects.requireNonNull(value);
    }

    /** Chooses {@code type} in the editor (nothing is queued or sent). */
    public void choose(ActionType type) {
        if (onChoose != null && lapseActions.contains(type)) {
            onChoose.accept(type);
        }
    }

    public Messages messages() {
        return messages;
    }

    public ReadOnlyObjectProperty<Complaint> complaintProperty() {
        return complaint;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty trackingProperty() {
        return tracking;
    }

    public ReadOnlyStringProperty metaProperty() {
        return meta;
    }

    public ReadOnlyStringProperty locationProperty() {
        return location;
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The actions offered after the reporter's reply window lapsed (empty otherwise). */
    public ObservableList<ActionType> lapseActions() {
        return lapseActions;
    }

    public ReadOnlyStringProperty replyLapseProperty() {
        return replyLapse;
    }

    /** Why no identity is shown: an anonymous report has none; a confidential one keeps it withheld (one rule with print and export). */
    public ReadOnlyStringProperty privacyProperty() {
        return privacy;
    }

    public ReadOnlyStringProperty calendarProperty() {
        return calendar;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ObservableList<ClockLine> clocks() {
        return clocks;
    }

    public ObservableList<TimelineLine> timeline() {
        return timeline;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    public ObservableList<OutboxLine> outbox() {
        return outbox;
    }
}
