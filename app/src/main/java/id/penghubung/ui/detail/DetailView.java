package id.penghubung.ui.detail;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.ui.common.ActionDescription;
import id.penghubung.ui.common.Dialogs;
import id.penghubung.ui.common.Icons;
import id.penghubung.ui.common.ViewSubscriptions;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The complaint as the officer reads it: header with privacy badges, deadline clocks, location,
 * text, attachments, the chronology as a timeline, and the actions queued on it (withdrawable).
 */
public final class DetailView {
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();
    private final ReplyLapseBar replyLapse;
    private final DetailViewModel vm;
    private final Messages messages;
    private final Consumer<Path> opener;
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);
    private final FlowPane badges = new FlowPane(6, 6);
    private final FlowPane clocks = new FlowPane(8, 8);
    private final VBox attachments = new VBox(4);
    private final VBox timeline = new VBox();
    private final VBox outbox = new VBox(6);
    /** Sections other packages add under the queued actions (the units' coordination, issue 20). */
    private final VBox sections = new VBox(8);
    private final Label outboxTitle;
    private final Label attachmentsTitle;
    private final ListChangeListener<Object> rebuild = c -> rebuild();
    /** Another complaint starts at its top; the same one refreshed by a sync keeps the officer's place. */
    private final ChangeListener<Complaint> complaintListener = (o, a, b) -> {
        if (a == null || b == null || !a.id().equals(b.id())) {
            root.setVvalue(0);
        }
        rebuild();
    };

    /** {@code opener} shows a local file with the desktop's application (HostServices). */
    public DetailView(DetailViewModel vm, Consumer<Path> opener) {
        this.vm = vm;
        this.messages = vm.messages();
        this.opener = opener;
        outboxTitle = section("ui.detail.queued");
        attachmentsTitle = section("ui.detail.attachments");
        content.getStyleClass().add("detail");
        content.setId("detail");
        root.setFitToWidth(true);
        content.setMinWidth(0);
        clocks.prefWrapLengthProperty().bind(root.widthProperty().subtract(40));
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Label tracking = new Label();
        tracking.setId("detailTracking");
        tracking.getStyleClass().add("detail-tracking");
        tracking.textProperty().bind(vm.trackingProperty());
        badges.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(badges, Priority.ALWAYS);
        tracking.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, tracking, badges);
        head.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.setId("detailTitle");
        title.getStyleClass().add("detail-title");
        title.textProperty().bind(vm.titleProperty());
        title.setWrapText(true);
        Label meta = new Label();
        meta.getStyleClass().add("meta-key");
        meta.setWrapText(true);
        meta.textProperty().bind(vm.metaProperty());
        Label location = new Label();
        location.setGraphic(Icons.icon(MaterialDesignM.MAP_MARKER_OUTLINE));
        location.setWrapText(true);
        location.textProperty().bind(vm.locationProperty());
        Label body = new Label();
        body.setId("detailBody");
        body.getStyleClass().add("detail-body");
        body.setWrapText(true);
        body.textProperty().bind(vm.bodyProperty());
        Label message = new Label();
        message.setId("detailMessage");
        message.getStyleClass().add("empty-hint");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        // Queued actions (and conflicts waiting for a decision) right under the clocks: they must not hide
        // below a long complaint text.
        Label notice = new Label();
        notice.setId("outboxNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("draft-state");
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        replyLapse = new ReplyLapseBar(vm);
        Label privacy = new Label();
        privacy.setId("privacyNote");
        privacy.getStyleClass().add("meta-key");
        privacy.setWrapText(true);
        privacy.textProperty().bind(vm.privacyProperty());
        privacy.visibleProperty().bind(vm.privacyProperty().isNotEmpty());
        privacy.managedProperty().bind(privacy.visibleProperty());
        Label calendar = new Label();
        calendar.setId("calendarEdition");
        calendar.getStyleClass().add("meta-key");
        calendar.setWrapText(true);
        calendar.textProperty().bind(vm.calendarProperty());
        VBox shown = new VBox(8, head, title, meta, privacy, clocks, calendar, replyLapse, outboxTitle, notice, outbox, sections, location, body, attachmentsTitle,
                attachments, section("ui.detail.chronology"), timeline);
        // A narrow pane (the divider moved) wraps the texts: nothing in it may claim more than the pane's width.
        shown.setMinWidth(0);
        shown.visibleProperty().bind(vm.complaintProperty().isNotNull());
        shown.managedProperty().bind(shown.visibleProperty());
        content.getChildren().addAll(message, shown);
    }

    private Label section(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("detail-section");
        return l;
    }

    private void rebuild() {
        Complaint c = vm.complaintProperty().get();
        badges.getChildren().clear();
        if (c != null) {
            if (c.confidential()) {
                badges.getChildren().add(badge(messages.get("ui.badge.confidential"), "badge-confidential"));
            }
            if (c.anonymous()) {
                badges.getChildren().add(badge(messages.get("ui.badge.anonymous"), "badge-anonymous"));
            }
            badges.getChildren().add(badge(messages.label(c.status(), c.statusName()), "badge-status"));
        }
        clocks.getChildren().setAll(vm.clocks().stream().map(cl -> {
            Label name = new Label(cl.name());
            name.getStyleClass().add("meta-key");
            Label reading = new Label(cl.reading());
            reading.getStyleClass().addAll("badge", cl.urgency().styleClass());
            reading.setWrapText(true);
            VBox box = new VBox(2, name, reading);
            if (!cl.due().isEmpty()) {
                Label due = new Label(cl.due());
                due.getStyleClass().addAll("meta-key", "clock-due");
                reading.setTooltip(new Tooltip(cl.name() + " · " + cl.due()));
                box.getChildren().add(due);
            }
            box.getStyleClass().add("clock");
            // In a narrow pane a clock's reading wraps inside it instead of running out of the pane.
            box.maxWidthProperty().bind(clocks.prefWrapLengthProperty());
            return (Node) box;
        }).toList());
        attachments.getChildren().setAll(vm.attachments().stream().map(this::attachmentRow).toList());
        attachmentsTitle.setVisible(!vm.attachments().isEmpty());
        attachmentsTitle.setManaged(!vm.attachments().isEmpty());
        timeline.getChildren().setAll(vm.timeline().stream().map(t -> {
            Label when = new Label(t.when() + " · " + t.who());
            when.getStyleClass().add("timeline-when");
            Label what = new Label(t.what());
            what.getStyleClass().add("timeline-what");
            VBox item = new VBox(2, when, what);
            if (!t.text().isBlank()) {
                Label text = new Label(t.text());
                text.getStyleClass().add("timeline-text");
                text.setWrapText(true);
                item.getChildren().add(text);
            }
            t.attachments().forEach(a -> item.getChildren().add(attachmentRow(a)));
            item.getStyleClass().add("timeline-item");
            return (Node) item;
        }).toList());
        outbox.getChildren().setAll(vm.outbox().stream().map(this::outboxRow).toList());
        outboxTitle.setVisible(!vm.outbox().isEmpty());
        outboxTitle.setManaged(!vm.outbox().isEmpty());
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Node attachmentRow(Attachment a) {
        Label name = new Label(a.fileName() + "  (" + humanSize(a.size()) + ")",
                Icons.icon(a.isImage() ? MaterialDesignI.IMAGE_OUTLINE : MaterialDesignP.PAPERCLIP));
        Button open = Icons.iconButton(MaterialDesignO.OPEN_IN_NEW, messages.get("ui.detail.open", a.fileName()));
        open.setOnAction(e -> vm.open(a, opener));
        Button save = Icons.iconButton(MaterialDesignD.DOWNLOAD_OUTLINE, messages.get("ui.detail.save", a.fileName()));
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(a.fileName());
            File target = chooser.showSaveDialog(root.getScene().getWindow());
            if (target != null) {
                vm.save(a, target.toPath());
            }
        });
        HBox row = new HBox(6, name, open, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * A queued action in full, readable at any pane width: its type and state, to whom it goes and
     * what it does, its whole text, its attachments by name, and buttons that wrap to a new line
     * rather than shrink to "…".
     */
    private Node outboxRow(OutboxLine line) {
        ActionDescription d = line.description();
        Label what = fixed(new Label(line.what()));
        what.getStyleClass().addAll("timeline-what", "outbox-type");
        Label state = fixed(new Label(line.state()));
        state.getStyleClass().addAll("badge", "outbox-state", line.needsDecision() ? "badge-overdue" : "badge-stopped");
        FlowPane head = new FlowPane(8, 4, what, state);
        VBox row = new VBox(4, head, wrapped(d.recipient(), "outbox-recipient"));
        if (!d.effect().isBlank()) {
            row.getChildren().add(wrapped(d.effect(), "outbox-effect"));
        }
        row.getChildren().add(wrapped(d.text(), "outbox-text"));
        if (line.late().isEmpty()) {
            row.getChildren().add(wrapped(line.written(), "outbox-written"));
        } else {
            Label late = wrapped(line.late(), "outbox-late");
            late.getStyleClass().add("diff-old");
            late.setGraphic(Icons.icon(MaterialDesignC.CLOCK_ALERT_OUTLINE));
            row.getChildren().add(late);
        }
        if (line.diff() != null && !line.diff().rejection().isEmpty()) {
            row.getChildren().add(wrapped(messages.get("ui.outbox.refused", line.diff().rejection()), "outbox-refusal"));
        }
        if (!d.attachments().isEmpty()) {
            Label files = wrapped(messages.get("ui.action.attachments", String.join(", ", d.attachments())),
                    "outbox-attachments");
            files.setGraphic(Icons.icon(MaterialDesignP.PAPERCLIP));
            row.getChildren().add(files);
        }
        row.getStyleClass().add("outbox-item");
        FlowPane buttons = new FlowPane(6, 6);
        if (line.needsDecision()) {
            Button changes = fixed(Icons.button(MaterialDesignC.COMPARE_HORIZONTAL, messages.get("ui.conflict.show")));
            changes.getStyleClass().add("show-changes");
            changes.setOnAction(e -> showDiff(line));
            Button resend = fixed(Icons.button(MaterialDesignS.SEND_OUTLINE, messages.get("ui.conflict.resend")));
            resend.getStyleClass().add("resend");
            resend.setOnAction(e -> vm.resend(line));
            Button edit = fixed(Icons.button(MaterialDesignP.PENCIL_OUTLINE, messages.get("ui.conflict.edit")));
            edit.getStyleClass().add("edit");
            edit.setOnAction(e -> vm.edit(line));
            Button discard = fixed(Icons.button(MaterialDesignD.DELETE_OUTLINE, messages.get("ui.conflict.discard")));
            discard.getStyleClass().add("discard");
            discard.setOnAction(e -> {
                if (Dialogs.confirm(root.getScene().getWindow(), messages.get("ui.conflict.discardTitle"),
                        messages.get("ui.conflict.discardTitle"), wrapped(messages.get("ui.conflict.discardText",
                                line.what()), "dialog-text"), "discardDialog",
                        Dialogs.button(messages.get("ui.conflict.discardConfirm"), ButtonBar.ButtonData.OK_DONE),
                        Dialogs.cancel(messages))) {
                    vm.discard(line);
                }
            });
            buttons.getChildren().add(changes);
            if (line.diff().resendable()) {
                buttons.getChildren().add(resend);
            }
            buttons.getChildren().addAll(edit, discard);
        }
        if (line.withdrawable()) {
            Button withdraw = fixed(Icons.button(MaterialDesignC.CLOSE_CIRCLE_OUTLINE, messages.get("ui.outbox.withdraw")));
            withdraw.getStyleClass().add("withdraw");
            withdraw.setOnAction(e -> vm.withdraw(line));
            buttons.getChildren().add(withdraw);
        }
        if (!buttons.getChildren().isEmpty()) {
            row.getChildren().add(buttons);
        }
        return row;
    }

    /** Never shorter than its text: a type, a state or a button name is never cut to "…". */
    private static <T extends Control> T fixed(T control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().add(style);
        return l;
    }

    private void showDiff(OutboxLine line) {
        ConflictDiff diff = vm.diff(line);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.add(new Label(""), 0, 0);
        grid.add(wrapped(messages.get("ui.conflict.local", diff.localVersion()), "detail-section"), 1, 0);
        grid.add(wrapped(messages.get("ui.conflict.server", diff.serverVersion()), "detail-section"), 2, 0);
        int r = 1;
        for (ConflictDiff.Row row : diff.rows()) {
            Label field = fixed(new Label(row.field()));
            field.getStyleClass().add("meta-key");
            Label local = new Label(row.local());
            Label server = new Label(row.server());
            local.setWrapText(true);
            server.setWrapText(true);
            if (row.changed()) {
                local.getStyleClass().add("diff-old");
                server.getStyleClass().add("diff-new");
            }
            grid.addRow(r++, field, local, server);
        }
        VBox box = new VBox(10, grid);
        if (!diff.newEvents().isEmpty()) {
            box.getChildren().add(section2(messages.get("ui.conflict.newEvents")));
            diff.newEvents().forEach(ev -> {
                Label l = new Label(ev);
                l.setWrapText(true);
                l.getStyleClass().add("diff-new");
                box.getChildren().add(l);
            });
        }
        if (!diff.resendable()) {
            box.getChildren().add(wrapped(messages.get("ui.conflict.noResend"), "conflict-no-resend"));
        }
        box.setPrefWidth(640);
        ButtonType resend = Dialogs.button(messages.get("ui.conflict.resend"),
                ButtonBar.ButtonData.OK_DONE);
        String title = messages.get("ui.conflict.title", line.what());
        Dialog<ButtonType> dialog = diff.resendable()
                ? Dialogs.create(root.getScene().getWindow(), title, null, box, "conflictDialog", resend,
                        Dialogs.close(messages))
                : Dialogs.create(root.getScene().getWindow(), title, null, box, "conflictDialog", Dialogs.close(messages));
        dialog.showAndWait().filter(resend::equals).ifPresent(b -> vm.resend(line));
    }

    private static Label section2(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-section");
        return l;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public void activate() {
        subscriptions.onChange(vm.complaintProperty(), complaintListener);
        subscriptions.onChange(vm.outbox(), rebuild);
        replyLapse.subscribe(subscriptions);
        rebuild();
    }

    public void deactivate() {
        subscriptions.dispose();
    }

    public Node root() {
        return root;
    }

    /** Adds a section under the queued actions, shown while a complaint is. */
    public void addSection(Node section) {
        sections.getChildren().add(section);
    }

    /** Where other panes join the detail, under the queued actions (same place as {@link #addSection}). */
    public VBox extras() {
        return sections;
    }
}
