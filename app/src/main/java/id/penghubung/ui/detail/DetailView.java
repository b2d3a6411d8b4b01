package id.penghubung.ui.detail;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.ui.common.FirstShown;
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
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

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
    private final OutboxRow outboxRow;
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
    /** What shows while a complaint is open: in {@link #content} only from the first one (an empty pane costs no CSS). */
    private final VBox shown;
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
        this.outboxRow = new OutboxRow(vm, () -> root.getScene().getWindow());
        outboxTitle = DetailNodes.section(messages.get("ui.detail.queued"));
        attachmentsTitle = DetailNodes.section(messages.get("ui.detail.attachments"));
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
        shown = new VBox(8, head, title, meta, privacy, clocks, calendar, replyLapse, outboxTitle, notice, outbox, sections, location, body, attachmentsTitle,
                attachments, DetailNodes.section(messages.get("ui.detail.chronology")), timeline);
        // A narrow pane (the divider moved) wraps the texts: nothing in it may claim more than the pane's width.
        shown.setMinWidth(0);
        shown.visibleProperty().bind(vm.complaintProperty().isNotNull());
        shown.managedProperty().bind(shown.visibleProperty());
        content.getChildren().add(message);
    }

    private void rebuild() {
        Complaint c = vm.complaintProperty().get();
        badges.getChildren().clear();
        if (c != null) {
            if (c.confidential()) {
                badges.getChildren().add(DetailNodes.badge(messages.get("ui.badge.confidential"), "badge-confidential"));
            }
            if (c.anonymous()) {
                badges.getChildren().add(DetailNodes.badge(messages.get("ui.badge.anonymous"), "badge-anonymous"));
            }
            badges.getChildren().add(DetailNodes.badge(messages.label(c.status(), c.statusName()), "badge-status"));
        }
        clocks.getChildren().setAll(vm.clocks().stream().map(cl -> DetailNodes.clock(cl, clocks.prefWrapLengthProperty())).toList());
        attachments.getChildren().setAll(vm.attachments().stream().map(this::attachmentRow).toList());
        attachmentsTitle.setVisible(!vm.attachments().isEmpty());
        attachmentsTitle.setManaged(!vm.attachments().isEmpty());
        timeline.getChildren().setAll(vm.timeline().stream().map(t -> DetailNodes.timelineItem(t, this::attachmentRow)).toList());
        outbox.getChildren().setAll(vm.outbox().stream().map(outboxRow::of).toList());
        outboxTitle.setVisible(!vm.outbox().isEmpty());
        outboxTitle.setManaged(!vm.outbox().isEmpty());
    }

    private Node attachmentRow(Attachment a) {
        Label name = new Label(a.fileName() + "  (" + DetailNodes.humanSize(a.size()) + ")",
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

    public void activate() {
        subscriptions.onChange(vm.complaintProperty(), complaintListener);
        subscriptions.onChange(vm.outbox(), rebuild);
        replyLapse.subscribe(subscriptions);
        FirstShown.attach(subscriptions, shown.visibleProperty(), content, 1, shown);
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
