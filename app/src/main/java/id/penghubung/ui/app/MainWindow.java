package id.penghubung.ui.app;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.store.InboxView;
import id.penghubung.ui.action.ActionView;
import id.penghubung.ui.action.ActionViewModel;
import id.penghubung.ui.common.Icons;
import id.penghubung.ui.common.Scheduler;
import id.penghubung.ui.common.Settings;
import id.penghubung.ui.dashboard.DashboardView;
import id.penghubung.ui.dashboard.DashboardViewModel;
import id.penghubung.ui.detail.DetailView;
import id.penghubung.ui.detail.DetailViewModel;
import id.penghubung.ui.inbox.InboxData;
import id.penghubung.ui.inbox.InboxTableView;
import id.penghubung.ui.inbox.InboxViewModel;
import id.penghubung.ui.inbox.SidebarView;
import id.penghubung.ui.inbox.StoreInboxData;
import id.penghubung.ui.inbox.LazyRowList;
import id.penghubung.store.InboxRow;
import id.penghubung.ui.print.CaseFilePrinting;
import id.penghubung.ui.print.PrintDialog;
import id.penghubung.ui.print.PrintViewModel;
import id.penghubung.ui.sync.StatusBarView;
import id.penghubung.ui.sync.PasswordDialog;
import id.penghubung.ui.sync.StatusBarViewModel;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The desk's main window: sidebar, inbox table, detail pane with the action form, status bar,
 * and the dashboard in place of the inbox when chosen. Wires the view models to each other and
 * the keyboard shortcuts; owns their activate/deactivate.
 */
public final class MainWindow {
    /** How often counts and the deadline watch refresh on their own (deadlines move with the clock). */
    static final Duration PERIODIC_REFRESH = Duration.ofSeconds(60);

    private final Desk desk;
    private final Messages messages;
    private final Executor fx;
    private final BorderPane root = new BorderPane();
    private final SplitPane main = new SplitPane();
    private final SplitPane detailSplit = new SplitPane();
    /** Where the divider between the detail and the action form stands (kept while the form is hidden). */
    private double editorDivider = Settings.defaults().detailSplit();
    private final InboxViewModel inboxVm;
    private final DetailViewModel detailVm;
    private final ActionViewModel actionVm;
    private final StatusBarViewModel statusVm;
    private final DashboardViewModel dashboardVm;
    private final SidebarView sidebar;
    private final InboxTableView inbox;
    private final DetailView detail;
    private final ActionView action;
    private final StatusBarView statusBar;
    /** Built on first use: its charts cost start-up time an officer who never opens it should not pay. */
    private DashboardView dashboard;
    private final DeadlineWatch watch;
    private final List<Scheduler.Cancellable> timers = new ArrayList<>();
    private final Consumer<Path> opener;
    private final DeskMode mode;
    private final PrintViewModel printVm;
    private PrintDialog printDialog;
    private PrintDialog.TargetChooser printTarget = PrintDialog.TargetChooser.SYSTEM;
    private boolean dashboardShown;
    private HBox tools;
    private Runnable onToggleTheme = () -> { };
    private Consumer<String> onLanguage = l -> { };

    public MainWindow(Desk desk, Executor fx, Consumer<Path> opener) {
        this.desk = desk;
        this.messages = desk.messages();
        this.fx = fx;
        this.opener = opener;
        this.mode = DeskMode.of(desk.account().role());
        Executor io = desk.background().io();
        InboxData data = new StoreInboxData(desk.store(), desk.queries(), desk.account().userId(),
                c -> desk.deadlines().evaluate(c, desk.clock().instant()));
        inboxVm = new InboxViewModel(messages, data, io, fx, desk.background().scheduler(), desk.clock(),
                desk.workingDays(), desk.zone());
        detailVm = new DetailViewModel(messages, desk.store(), desk.deadlines(), desk.attachments(), io, fx,
                desk.clock(), desk.zone());
        actionVm = new ActionViewModel(messages, desk.store(), desk.actionCheck(), desk.reference(), io, fx,
                desk.background().scheduler(), desk.zone());
        actionVm.setAttachmentFiles(desk.attachments());
        statusVm = new StatusBarViewModel(messages, desk.sync(), fx, desk.clock(), desk.zone());
        statusVm.useIo(io);
        PasswordDialog password = new PasswordDialog(statusVm, messages);
        statusVm.setOnPasswordNeeded(() -> password.show(window()));
        dashboardVm = new DashboardViewModel(messages, desk.store(), desk.queries(), desk.deadlines(), io, fx,
                desk.clock(), desk.zone());
        watch = new DeadlineWatch(data);
        inboxVm.viewProperty().set(mode.firstView());
        CaseFilePrinting printing = new CaseFilePrinting(desk.store(), desk.deadlines(),
                desk.attachments()::localBytes, desk.account().userId(),
                desk.account().displayName(), desk.clock(), messages.locale());
        printVm = new PrintViewModel(messages, printing, inboxVm::shown, () -> inboxVm.rows().size(), io, fx,
                desk.zone());
        printVm.offerInternalNotes(mode.canAct());

        sidebar = new SidebarView(inboxVm, mode.views());
        inbox = new InboxTableView(inboxVm, desk.zone(), mode.acrossInstitutions());
        detail = new DetailView(detailVm, opener);
        action = new ActionView(actionVm);
        statusBar = new StatusBarView(statusVm, messages, mode.canAct());

        detailSplit.setOrientation(Orientation.VERTICAL);
        // A read-only desk (Ombudsman) has no action form at all, not a disabled one; an officer's desk
        // shows it only while a complaint is open, so the detail pane has the whole height before.
        detailSplit.getItems().add(detail.root());
        detailSplit.setMinWidth(320);
        ((javafx.scene.layout.Region) action.root()).setMinWidth(0);
        main.getItems().addAll(inbox.root(), detailSplit);
        main.setId("mainSplit");
        root.setLeft(sidebar.root());
        root.setCenter(main);
        root.setBottom(statusBar.root());
        root.setId("mainWindow");
        sidebarButtons();
        wire();
    }

    private void sidebarButtons() {
        Button dash = Icons.button(MaterialDesignC.CHART_BAR, messages.get("ui.dashboard.title"));
        dash.setId("showDashboard");
        dash.getStyleClass().addAll("sidebar-item");
        dash.setMaxWidth(Double.MAX_VALUE);
        dash.setOnAction(e -> showDashboard(!dashboardShown));
        Button theme = Icons.iconButton(MaterialDesignT.THEME_LIGHT_DARK, messages.get("ui.settings.theme"));
        theme.setId("toggleTheme");
        theme.setOnAction(e -> onToggleTheme.run());
        Button language = Icons.iconButton(MaterialDesignW.WEB, messages.get("ui.settings.language"));
        language.setId("toggleLanguage");
        language.setOnAction(e -> onLanguage.accept(messages.locale().getLanguage().equals("en") ? "id" : "en"));
        Button help = Icons.iconButton(MaterialDesignH.HELP_CIRCLE_OUTLINE, messages.get("ui.shortcut.title"));
        help.setOnAction(e -> ShortcutHelp.show(window(), messages));
        tools = new HBox(4, theme, language, help);
        tools.setAlignment(Pos.CENTER_LEFT);
        sidebar.extra().getChildren().addAll(dash, tools);
    }

    private void wire() {
        inboxVm.selectedProperty().addListener((o, a, b) -> {
            if (b != null) {
                detailVm.show(Optional.of(b.id()));
            }
        });
        inboxVm.viewProperty().addListener((o, a, b) -> showDashboard(false));
        detailVm.complaintProperty().addListener((o, a, b) -> {
            actionVm.setComplaint(b);
            showEditor(b != null);
        });
        showEditor(detailVm.complaintProperty().get() != null);
        actionVm.setOnQueued(this::afterLocalChange);
        detailVm.setOnOutboxChanged(this::afterLocalChange);
        detailVm.setOnEdit(actionVm::edit);
        detailVm.setNames(key -> desk.reference().units().stream().filter(u -> u.id().equals(key))
                .map(id.penghubung.model.UnitRef::name).findFirst(),
                key -> desk.reference().agencies().stream().filter(a -> a.id().equals(key))
                        .map(id.penghubung.model.AgencyRef::name).findFirst());
        inboxVm.setOnCounts(counts -> statusVm.setPending(counts.getOrDefault(InboxView.OUTBOX, 0)));
        statusVm.newAssignmentsProperty().addListener((o, a, b) -> {
            int added = b.intValue() - a.intValue();
            if (added > 0) {
                notify(Notices.newAssignments(messages, added));
            }
        });
        // A finished sync changes what the desk shows: re-read it.
        statusVm.runningProperty().addListener((o, a, b) -> {
            if (a && !b) {
                refresh();
                inboxVm.refreshFacets(); // the first sync fills the filter lists of an empty cache
                if (mode.canAct()) {
                    actionVm.activate(); // units, institutions and templates may have come with the sync
                }
            }
        });
        inbox.exportButton().setOnAction(e -> exportCsv());
        inbox.printButton().setOnAction(e -> showPrint());
        inbox.table().getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<LazyRowList.Line<InboxRow>>) c -> printVm.selected().setAll(
                        inbox.table().getSelectionModel().getSelectedItems().stream()
                                .flatMap(line -> line == null ? java.util.stream.Stream.empty() : line.row().stream())
                                .toList()));
    }

    /** After an action was queued, withdrawn, resent or discarded. */
    private void afterLocalChange() {
        inboxVm.refresh();
        detailVm.reload();
    }

    /** F5: everything from the store again. */
    public void refresh() {
        inboxVm.refresh();
        detailVm.reload();
        if (dashboardShown) {
            dashboardVm.refresh();
        }
        checkDeadlines();
    }

    private void checkDeadlines() {
        Instant now = desk.clock().instant();
        Instant soon = inboxVm.soonThreshold(now);
        desk.background().io().execute(() -> {
            List<TrackingId> fresh = watch.check(now, soon);
            if (!fresh.isEmpty()) {
                fx.execute(() -> notify(Notices.overdue(messages, fresh)));
            }
        });
    }

    private void notify(Notices.Notice notice) {
        Window w = window();
        if (w == null || !w.isShowing()) {
            return;
        }
        Notifications.create().owner(w).title(notice.title()).text(notice.text()).hideAfter(javafx.util.Duration.seconds(8))
                .position(Pos.BOTTOM_RIGHT).showWarning();
    }

    private void exportCsv() {
        Optional<Boolean> withIdentities = id.penghubung.ui.inbox.ExportDialog.ask(window(), messages);
        if (withIdentities.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("penghubung.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File target = chooser.showSaveDialog(window());
        if (target != null) {
            inboxVm.export(target.toPath(), desk.zone(), withIdentities.get());
        }
    }

    /** Ctrl+P: the print dialog for the selected rows, or everything in the view when none is selected. */
    public void showPrint() {
        showDashboard(false);
        if (printDialog == null) {
            printDialog = new PrintDialog(printVm, window(), printTarget, opener);
        }
        printDialog.show();
    }

    /** Where saved case files go; tests replace the system file chooser. */
    public void setPrintTarget(PrintDialog.TargetChooser chooser) {
        printTarget = java.util.Objects.requireNonNull(chooser);
        printDialog = null;
    }

    public DeskMode mode() {
        return mode;
    }

    public PrintViewModel print() {
        return printVm;
    }

    public void showDashboard(boolean show) {
        if (show == dashboardShown) {
            return;
        }
        dashboardShown = show;
        if (show) {
            if (dashboard == null) {
                dashboard = new DashboardView(dashboardVm);
            }
            root.setCenter(dashboard.root());
            dashboard.activate();
        } else {
            dashboard.deactivate();
            root.setCenter(main);
        }
    }

    /** Keyboard shortcuts on the scene. */
    public void installShortcuts(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            showDashboard(false);
            inbox.focusSearch();
        });
        acc.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), statusVm::syncNow);
        acc.put(new KeyCodeCombination(KeyCode.F5), this::refresh);
        acc.put(new KeyCodeCombination(KeyCode.F1), () -> ShortcutHelp.show(window(), messages));
        acc.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), () -> showDashboard(!dashboardShown));
        acc.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::showPrint);
        if (mode.canAct()) {
            acc.put(ActionView.QUEUE, actionVm::queue);
        }
        // Ctrl+1… in the sidebar's order; the officer's "semua" has no digit (nine digits: outbox and conflicts have none).
        List<InboxView> order = mode.views().stream().filter(v -> mode != DeskMode.OFFICER || v != InboxView.ALL).toList();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < Math.min(order.size(), digits.length); i++) {
            InboxView v = order.get(i);
            acc.put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> inboxVm.viewProperty().set(v));
        }
    }

    public void activate() {
        sidebar.activate();
        inbox.activate();
        detail.activate();
        if (mode.canAct()) {
            action.activate();
        }
        statusBar.activate();
        checkDeadlines();
        if (!desk.store().auditProblems().isEmpty()) {
            // Found at open (AuditLog): told once per desk, after the window is on screen.
            fx.execute(() -> notify(Notices.auditTampered(messages, desk.store().auditProblems())));
        }
        timers.add(desk.background().scheduler().every(PERIODIC_REFRESH, () -> fx.execute(() -> {
            inboxVm.refreshCounts();
            statusVm.tick();
            checkDeadlines();
        })));
    }

    public void deactivate() {
        timers.forEach(Scheduler.Cancellable::cancel);
        timers.clear();
        if (mode.canAct()) {
            action.deactivate(); // flushes a pending draft
        }
        statusBar.deactivate();
        detail.deactivate();
        inbox.deactivate();
        sidebar.deactivate();
        if (dashboardShown) {
            dashboard.deactivate();
        }
    }

    public void applySplits(Settings s) {
        main.setDividerPositions(s.mainSplit());
        editorDivider = s.detailSplit();
        if (editorShown()) {
            detailSplit.setDividerPositions(editorDivider);
        }
    }

    public Settings captureSplits(Settings s) {
        return s.withSplits(main.getDividerPositions()[0],
                editorShown() ? detailSplit.getDividerPositions()[0] : editorDivider);
    }

    private boolean editorShown() {
        return detailSplit.getItems().contains(action.root());
    }

    /** The action form joins the detail pane when a complaint opens and leaves it when none is open. */
    private void showEditor(boolean show) {
        if (show == editorShown() || !mode.canAct()) {
            return;
        }
        if (show) {
            detailSplit.getItems().add(action.root());
            detailSplit.setDividerPositions(editorDivider);
        } else {
            editorDivider = detailSplit.getDividerPositions()[0];
            detailSplit.getItems().remove(action.root());
        }
    }

    /** Adds a button to the sidebar's tool row (the lock button). */
    public void addSidebarTool(javafx.scene.Node tool) {
        tools.getChildren().add(tool);
    }

    public void setOnToggleTheme(Runnable value) {
        onToggleTheme = value;
    }

    public void setOnLanguage(Consumer<String> value) {
        onLanguage = value;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public InboxViewModel inbox() {
        return inboxVm;
    }

    /** The status bar's model (its pending count tells sign-out and closing whether to warn). */
    public StatusBarViewModel status() {
        return statusVm;
    }

    public ActionViewModel action() {
        return actionVm;
    }

    public DetailViewModel detail() {
        return detailVm;
    }

    public Parent root() {
        return root;
    }

    /** For tests and tools: the selected complaint, if any. */
    public Optional<Complaint> shownComplaint() {
        return Optional.ofNullable(detailVm.complaintProperty().get());
    }
}
