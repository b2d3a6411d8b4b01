package id.penghubung.ui.app;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.ui.action.ActionView;
import id.penghubung.ui.action.ActionViewModel;
import id.penghubung.ui.common.Icons;
import id.penghubung.ui.common.Settings;
import id.penghubung.ui.common.ViewSubscriptions;
import id.penghubung.ui.dashboard.DashboardView;
import id.penghubung.ui.dashboard.DashboardViewModel;
import id.penghubung.ui.dashboard.TrendView;
import id.penghubung.ui.detail.DetailView;
import id.penghubung.ui.detail.DetailViewModel;
import id.penghubung.ui.inbox.ExportDialog;
import id.penghubung.ui.inbox.InboxTableView;
import id.penghubung.ui.inbox.InboxViewModel;
import id.penghubung.ui.inbox.LazyRowList;
import id.penghubung.ui.inbox.SidebarView;
import id.penghubung.ui.intake.IntakeEntry;
import id.penghubung.ui.ombudsman.CrossInstitutionDialog;
import id.penghubung.ui.position.PositionView;
import id.penghubung.ui.print.PrintDialog;
import id.penghubung.ui.print.PrintViewModel;
import id.penghubung.ui.ranking.RankingView;
import id.penghubung.ui.review.ReviewView;
import id.penghubung.ui.similar.GroupAnswerDialog;
import id.penghubung.ui.similar.GroupAnswerViewModel;
import id.penghubung.ui.similar.SimilarPane;
import id.penghubung.ui.sync.PasswordDialog;
import id.penghubung.ui.sync.StatusBarView;
import id.penghubung.ui.sync.StatusBarViewModel;
import id.penghubung.ui.units.UnitTasksView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The desk's main window: sidebar, inbox table, detail pane with the action form, status bar,
 * and the dashboard in place of the inbox when chosen. Only the JavaFX part: the view models and
 * their wiring are the {@link DeskCoordinator}'s; this class lays out the views, installs the
 * keyboard shortcuts and owns the views' activate/deactivate.
 */
public final class MainWindow implements DeskCoordinator.Screen {
    /** A notice's text width: the card stays in the window's corner. */
    private static final double NOTICE_WIDTH = 380;
    private final Desk desk;
    private final Messages messages;
    private final DeskCoordinator coordinator;
    private final BorderPane root = new BorderPane();
    private final SplitPane main = new SplitPane();
    private final SplitPane detailSplit = new SplitPane();
    /** Where the divider between the detail and the action form stands (kept while the form is hidden). */
    private double editorDivider = Settings.defaults().detailSplit();
    /** The sidebar and the action form as the officer left them: folded away or open (issue 15). */
    private final CollapseToggles folds;
    /** A complaint is open, so the action form belongs beside it unless folded away. */
    private boolean editorWanted;
    private final InboxViewModel inboxVm;
    private final DetailViewModel detailVm;
    private final ActionViewModel actionVm;
    private final StatusBarViewModel statusVm;
    private final DashboardViewModel dashboardVm;
    private final SidebarView sidebar;
    private final InboxTableView inbox;
    private final DetailView detail;
    private final ActionView action;
    private final UnitTasksView units;
    private final StatusBarView statusBar;
    private final OfficerView officer;
    /** Built on first use: its charts cost start-up time an officer who never opens it should not pay. */
    private DashboardView dashboard;
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();
    private final Consumer<Path> opener;
    private final DeskMode mode;
    private final PrintViewModel printVm;
    private PrintDialog printDialog;
    private PrintDialog.TargetChooser printTarget = PrintDialog.TargetChooser.SYSTEM;
    private HBox tools;
    private Runnable onToggleTheme = () -> { };
    private Consumer<String> onLanguage = l -> { };

    public MainWindow(Desk desk, Executor fx, Consumer<Path> opener) {
        this(desk, desk.messages(), fx, opener);
    }

    /** The desk in {@code messages}' language (the desk is rebuilt in another one without a restart). */
    public MainWindow(Desk desk, Messages messages, Executor fx, Consumer<Path> opener) {
        this.desk = desk;
        this.messages = messages;
        this.opener = opener;
        this.coordinator = new DeskCoordinator(desk, messages, fx, this);
        this.mode = coordinator.mode();
        inboxVm = coordinator.inbox();
        detailVm = coordinator.detail();
        actionVm = coordinator.action();
        statusVm = coordinator.status();
        dashboardVm = coordinator.dashboard();
        printVm = coordinator.print();
        PasswordDialog password = new PasswordDialog(statusVm, messages);
        statusVm.setOnPasswordNeeded(() -> password.show(window()));

        sidebar = new SidebarView(inboxVm, mode.views());
        sidebar.setOnViewChosen(() -> showDashboard(false));
        inbox = new InboxTableView(inboxVm, desk.zone(), mode.acrossInstitutions());
        detail = new DetailView(detailVm, opener);
        detail.extras().getChildren().add(new SimilarPane(coordinator.similar(), mode.canAct(), vm -> showGroupAnswer()).root());
        action = new ActionView(actionVm);
        units = new UnitTasksView(coordinator.units(), mode.canAct());
        detail.addSection(units.root());
        detail.addSection(new ReviewView(coordinator.review(), mode.canAct()).root());
        statusBar = new StatusBarView(statusVm, messages, mode.canAct());
        officer = new OfficerView(coordinator.officerNameProperty(), coordinator.officerInstitutionProperty());

        detailSplit.setOrientation(Orientation.VERTICAL);
        // A read-only desk (Ombudsman) has no action form at all, not a disabled one; an officer's desk
        // shows it only while a complaint is open, so the detail pane has the whole height before.
        detailSplit.getItems().add(detail.root());
        detailSplit.setMinWidth(320);
        ((Region) action.root()).setMinWidth(0);
        folds = new CollapseToggles(messages, sidebar.root(), mode.canAct(), this::placeEditor);
        main.getItems().addAll(inbox.root(), folds.detailColumn(detailSplit));
        main.setId("mainSplit");
        root.setLeft(folds.leftColumn(main));
        root.setCenter(main);
        root.setBottom(statusBar.root());
        root.setId("mainWindow");
        sidebarButtons();
        if (mode.canAct()) {
            sidebar.extra().getChildren().add(0, IntakeEntry.button(desk.store(), desk.account(),
                    desk.reference(), desk.background(), desk.clock(), desk.zone(), messages, fx, this::window));
            sidebar.extra().getChildren().add(1, IntakeEntry.importButton(desk.store(), desk.account(),
                    desk.reference(), desk.background(), desk.clock(), desk.zone(), messages, fx, this::window, coordinator::refresh));
        }
        inbox.exportButton().setOnAction(e -> exportCsv());
        inbox.printButton().setOnAction(e -> showPrint());
    }

    private void sidebarButtons() {
        Button dash = Icons.button(MaterialDesignC.CHART_BAR, messages.get("ui.dashboard.title"));
        dash.setId("showDashboard");
        dash.getStyleClass().addAll("sidebar-item");
        dash.setMaxWidth(Double.MAX_VALUE);
        dash.setOnAction(e -> showDashboard(!coordinator.dashboardShown()));
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
        sidebar.extra().getChildren().add(officer.root());
        folds.pin(dash);
        folds.pin(tools);
        if (mode.acrossInstitutions()) {
            // Issue 17: groups across institutions and redirect loops.
            Button cross = Icons.button(MaterialDesignC.CALL_SPLIT, messages.get("ui.cross.open"));
            cross.setId("showCrossInstitution");
            cross.getStyleClass().add("sidebar-item");
            cross.setMaxWidth(Double.MAX_VALUE);
            cross.setOnAction(e -> CrossInstitutionDialog.show(window(), coordinator.crossInstitution()));
            sidebar.extra().getChildren().add(0, cross);
        }
    }

    /** F5: everything from the store again. */
    public void refresh() {
        coordinator.refresh();
    }

    @Override
    public void notify(Notices.Notice notice) {
        Window w = window();
        if (w == null || !w.isShowing()) {
            return;
        }
        // The text wraps in a card of its own width: a long one-line notice made the popup as wide as the
        // window, and for its 8 seconds it swallowed clicks along the whole bottom edge (the sidebar's tools).
        Label text = new Label(notice.text());
        text.setWrapText(true);
        text.setPrefWidth(NOTICE_WIDTH);
        text.setMaxWidth(NOTICE_WIDTH);
        HBox card = new HBox(10, Icons.icon(MaterialDesignA.ALERT_OUTLINE), text);
        card.setAlignment(Pos.TOP_LEFT);
        Notifications.create().owner(w).title(notice.title()).graphic(card).hideAfter(Duration.seconds(8))
                .position(Pos.BOTTOM_RIGHT).show();
    }

    private void exportCsv() {
        Optional<Boolean> withIdentities = ExportDialog.ask(window(), messages);
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
        printTarget = Objects.requireNonNull(chooser);
        printDialog = null;
    }

    public DeskMode mode() {
        return mode;
    }

    public PrintViewModel print() {
        return printVm;
    }

    /** The dashboard in place of the inbox, or the inbox back (the coordinator keeps which). */
    public void showDashboard(boolean show) {
        coordinator.showDashboard(show);
    }

    @Override
    public void placeDashboard(boolean show) {
        if (show) {
            if (dashboard == null) {
                dashboard = new DashboardView(dashboardVm, new RankingView(coordinator.ranking()), coordinator.position()
                        .map(p -> new PositionView(p, coordinator.ranking().periodProperty())).orElse(null),
                        new TrendView(coordinator.trend()));
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
        acc.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                () -> showDashboard(!coordinator.dashboardShown()));
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
        units.activate();
        coordinator.review().activate();
        if (mode.canAct()) {
            action.activate();
        }
        statusBar.activate();
        subscriptions.onChange(inbox.table().getSelectionModel().getSelectedItems(),
                (ListChangeListener<LazyRowList.Line<InboxRow>>) c -> printVm.selected().setAll(
                        inbox.table().getSelectionModel().getSelectedItems().stream()
                                .flatMap(line -> line == null ? Stream.empty() : line.row().stream())
                                .toList()));
        officer.activate();
        coordinator.activate();
    }

    /** "Masuk sebagai … (…)": the lock screen says who may unlock. */
    public ReadOnlyStringProperty officerLine() {
        return coordinator.officerLineProperty();
    }

    public void deactivate() {
        coordinator.deactivate();
        subscriptions.dispose();
        officer.deactivate();
        if (mode.canAct()) {
            action.deactivate(); // flushes a pending draft
        }
        statusBar.deactivate();
        detail.deactivate();
        units.deactivate();
        inbox.deactivate();
        sidebar.deactivate();
        if (coordinator.dashboardShown()) {
            dashboard.deactivate();
        }
    }

    /** Where the officer is, to carry into the desk rebuilt in another language. */
    public DeskState capture() {
        return coordinator.capture();
    }

    /** Back where {@link #capture()} was (after {@link #activate()}). */
    public void restore(DeskState state) {
        coordinator.restore(state);
    }

    public void applySplits(Settings s) {
        main.setDividerPositions(s.mainSplit());
        editorDivider = s.detailSplit();
        if (editorShown()) {
            detailSplit.setDividerPositions(editorDivider);
        }
        folds.apply(s.sidebarCollapsed(), s.editorCollapsed());
    }

    public Settings captureSplits(Settings s) {
        return s.withSplits(main.getDividerPositions()[0],
                editorShown() ? detailSplit.getDividerPositions()[0] : editorDivider)
                .withCollapsed(folds.sidebarCollapsed(), folds.editorCollapsed());
    }

    /** Called when the officer folds or unfolds the sidebar or the action form (the app saves the choice). */
    public void setOnLayoutChanged(Runnable value) {
        folds.setOnChanged(value);
    }

    private boolean editorShown() {
        return detailSplit.getItems().contains(action.root());
    }

    /** The action form joins the detail pane when a complaint opens and leaves it when none is open. */
    @Override
    public void showEditor(boolean show) {
        editorWanted = show;
        placeEditor();
    }

    /** The form beside the open complaint, unless the officer folded it away. */
    private void placeEditor() {
        boolean show = editorWanted && !folds.editorCollapsed();
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
    public void addSidebarTool(Node tool) {
        tools.getChildren().add(tool);
    }

    public void setOnToggleTheme(Runnable value) {
        onToggleTheme = value;
    }

    public void setOnLanguage(Consumer<String> value) {
        onLanguage = value;
    }

    private void showGroupAnswer() {
        var c = coordinator.similar().shown();
        if (c != null) {
            GroupAnswerViewModel vm = coordinator.groupAnswer();
            vm.load(c, coordinator.similar().groupCandidates());
            GroupAnswerDialog.show(window(), vm);
        }
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
