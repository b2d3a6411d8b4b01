package id.penghubung.ui.sync;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.Icons;
import id.penghubung.ui.common.ViewSubscriptions;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The status bar: connection, last sync, pending actions, progress with phase, "Sinkronkan sekarang". */
public final class StatusBarView {
    private final StatusBarViewModel vm;
    private final HBox root = new HBox();
    private final Circle dot = new Circle(5);
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();

    /** {@code showsOutbox}: false on a desk that never sends (Ombudsman), which has no outbox to count. */
    public StatusBarView(StatusBarViewModel vm, Messages messages, boolean showsOutbox) {
        this.vm = vm;
        root.getStyleClass().add("status-bar");
        root.setId("statusBar");
        dot.getStyleClass().add("offline-dot");
        Label connection = new Label();
        connection.setId("connection");
        connection.textProperty().bind(vm.connectionTextProperty());
        connection.setGraphic(dot);
        Label last = new Label();
        last.setId("lastSync");
        last.getStyleClass().add("status-text");
        last.textProperty().bind(vm.lastSyncTextProperty());
        Label pending = new Label();
        pending.setId("pending");
        pending.getStyleClass().add("status-text");
        pending.textProperty().bind(vm.pendingTextProperty());
        Label offlineLimit = new Label();
        offlineLimit.setId("offlineLimit");
        offlineLimit.getStyleClass().add("field-error");
        offlineLimit.setWrapText(true);
        offlineLimit.textProperty().bind(vm.offlineLimitTextProperty());
        offlineLimit.visibleProperty().bind(vm.offlineLimitTextProperty().isNotEmpty());
        offlineLimit.managedProperty().bind(offlineLimit.visibleProperty());
        Label held = new Label();
        held.setId("held");
        held.getStyleClass().add("status-text");
        held.textProperty().bind(vm.heldTextProperty());
        held.visibleProperty().bind(vm.heldTextProperty().isNotEmpty());
        held.managedProperty().bind(held.visibleProperty());
        Tooltip heldTip = new Tooltip();
        heldTip.textProperty().bind(vm.heldDetailsProperty());
        held.setTooltip(heldTip);
        // The facts keep their width at 1366 px; the problem and the notice give way (full text on hover).
        for (Region fact : new Region[] {connection, last, pending}) {
            fact.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label problem = new Label();
        problem.setId("syncProblem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(vm.problemTextProperty());
        problem.visibleProperty().bind(vm.problemTextProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMinWidth(80);
        Tooltip problemTip = new Tooltip();
        problemTip.textProperty().bind(vm.problemTextProperty());
        problem.setTooltip(problemTip);
        Label notice = new Label();
        notice.setId("syncNotice");
        notice.getStyleClass().add("status-text");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeTextProperty());
        notice.visibleProperty().bind(vm.noticeTextProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setMinWidth(80);
        notice.setMaxHeight(Double.MAX_VALUE);
        HBox.setHgrow(notice, Priority.SOMETIMES);
        Tooltip noticeTip = new Tooltip();
        noticeTip.textProperty().bind(vm.noticeTextProperty());
        notice.setTooltip(noticeTip);
        Label phase = new Label();
        phase.textProperty().bind(vm.phaseTextProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(vm.runningProperty());
        phase.visibleProperty().bind(vm.runningProperty());
        phase.managedProperty().bind(vm.runningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button sync = Icons.button(MaterialDesignS.SYNC, messages.get("ui.sync.now"));
        sync.setId("syncNow");
        sync.getStyleClass().add("small");
        sync.disableProperty().bind(vm.runningProperty());
        sync.setOnAction(e -> vm.syncNow());
        sync.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(connection, sep(), last);
        if (showsOutbox) {
            root.getChildren().addAll(sep(), pending);
        }
        Label training = new Label();
        training.setId("trainingTime");
        training.getStyleClass().add("status-text");
        training.textProperty().bind(vm.trainingTextProperty());
        training.visibleProperty().bind(vm.trainingTextProperty().isNotEmpty());
        training.managedProperty().bind(training.visibleProperty());
        training.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(training, problem, held, offlineLimit, spacer, notice, phase, progress, sync);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    private static Node sep() {
        Label l = new Label("·");
        l.getStyleClass().add("status-text");
        return l;
    }

    public void activate() {
        subscriptions.onChange(vm.onlineProperty(), (o, a, b) -> showOnline(b));
        showOnline(vm.onlineProperty().get());
        vm.activate();
    }

    private void showOnline(boolean online) {
        dot.getStyleClass().setAll(online ? "online-dot" : "offline-dot");
    }

    public void deactivate() {
        vm.deactivate();
        subscriptions.dispose();
    }

    public Node root() {
        return root;
    }
}
