package id.penghubung.ui.dashboard;

import id.penghubung.i18n.Messages;
import id.penghubung.store.InboxView;
import id.penghubung.ui.common.ViewSubscriptions;
import id.penghubung.ui.position.PositionView;
import id.penghubung.ui.ranking.RankingView;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The dashboard: tiles with the sidebar's counts, the overdue backlog by how late it is, this
 * month's handling on time and late, the top categories, the hot spots, the units. Every bar and
 * tile opens its complaints in the inbox. Red is late, amber is due soon, green is on time.
 */
public final class DashboardView {
    static final String LATE = "bar-late";
    static final String ON_TIME = "bar-on-time";
    static final String NEUTRAL = "bar-neutral";

    private final DashboardViewModel vm;
    private final Messages messages;
    private final Node root;
    private final RankingView ranking;
    private final PositionView position;
    private final TrendView trend;
    private Tab positionTab;
    private TabPane tabs;
    private Tab rankingTab;
    private boolean active;
    private final ValueBars ageing;
    private final ValueBars month;
    private final ValueBars category;
    private final ValueBars spots;
    private final ValueBars unit;
    private final ListChangeListener<Object> redraw = c -> redraw();
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();

    public DashboardView(DashboardViewModel vm) {
        this(vm, null);
    }

    /** With the ranking ("Peringkat instansi" or "Kinerja unit") as a second tab; {@code ranking} may be null. */
    public DashboardView(DashboardViewModel vm, RankingView ranking) {
        this(vm, ranking, null);
    }

    /** With "Posisi kami" (an officer's, issue 18) as a third tab after the ranking; {@code position} may be null. */
    public DashboardView(DashboardViewModel vm, RankingView ranking, PositionView position) {
        this(vm, ranking, position, null);
    }

    /** With the weekly/monthly trends above the other charts; {@code trend} may be null. */
    public DashboardView(DashboardViewModel vm, RankingView ranking, PositionView position, TrendView trend) {
        this.vm = vm;
        this.position = position;
        this.trend = trend;
        this.messages = vm.messages();
        ageing = new ValueBars(messages.get("ui.dashboard.ageing"), "dashboard-ageing").numbersIn(messages.locale());
        month = new ValueBars("", "dashboard-month").numbersIn(messages.locale());
        month.chart().titleProperty().bind(Bindings.createStringBinding(
                () -> messages.get("ui.dashboard.deadlines", vm.monthTextProperty().get()), vm.monthTextProperty()));
        category = new ValueBars(messages.get("ui.dashboard.topCategories"), "dashboard-categories").numbersIn(messages.locale());
        spots = new ValueBars(messages.get("ui.dashboard.hotSpots"), "dashboard-hot-spots").numbersIn(messages.locale());
        unit = new ValueBars(messages.get("ui.dashboard.byUnit"), "dashboard-units").numbersIn(messages.locale());

        Label title = new Label(messages.get("ui.dashboard.title"));
        title.getStyleClass().add("detail-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        Label hint = new Label(messages.get("ui.dashboard.clickHint"));
        hint.getStyleClass().add("meta-key");
        HBox head = new HBox(10, title, busy, error);
        HBox tiles = new HBox(12,
                tile("dashboard-tile-overdue", "ui.dashboard.tile.overdue", vm.overdueProperty(), "tile-late",
                        DashboardViewModel.Drill.view(InboxView.OVERDUE)),
                tile("dashboard-tile-soon", "ui.dashboard.tile.dueSoon", vm.dueSoonProperty(), "tile-soon",
                        DashboardViewModel.Drill.view(InboxView.DUE_SOON)),
                tile("dashboard-tile-met", "ui.dashboard.tile.met", vm.metProperty(), "tile-on-time", null),
                tile("dashboard-tile-missed", "ui.dashboard.tile.missed", vm.missedProperty(), "tile-late", null));
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        grid.add(ageing.chart(), 0, 0);
        grid.add(month.chart(), 1, 0);
        grid.add(category.chart(), 0, 1);
        grid.add(spots.chart(), 1, 1);
        grid.add(unit.chart(), 0, 2, 2, 1);
        for (Node n : grid.getChildren()) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
        VBox content = new VBox(12, head, tiles, hint, grid);
        if (trend != null) {
            content.getChildren().add(3, trend.root());
        }
        content.getStyleClass().add("detail");
        content.setId("dashboard");
        ScrollPane charts = new ScrollPane(content);
        charts.setFitToWidth(true);
        this.ranking = ranking;
        if (ranking == null) {
            root = charts;
            return;
        }
        Tab summary = new Tab(messages.get("ui.dashboard.tab.summary"), charts);
        Tab table = new Tab(messages.get(ranking.institutions() ? "ui.ranking.title.institutions" : "ui.ranking.title.units"),
                ranking.root());
        table.setId("rankingTab");
        TabPane tabs = new TabPane(summary, table);
        if (position != null) {
            positionTab = new Tab(messages.get("ui.position.title"), position.root());
            positionTab.setId("positionTab");
            tabs.getTabs().add(positionTab);
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("dashboardTabs");
        this.tabs = tabs;
        this.rankingTab = table;
        root = tabs;
    }

    /** Shows the ranking tab (the Ombudsman's "Peringkat instansi" button). */
    public void showRanking() {
        if (tabs != null) {
            tabs.getSelectionModel().select(1);
        }
    }

    private Node tile(String id, String key, ObservableIntegerValue value, String tone, DashboardViewModel.Drill drill) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("tile-number");
        // The sidebar's own format (grouped digits in the officer's language): one number, written one way.
        number.textProperty().bind(Bindings.createStringBinding(() -> String.format(messages.locale(), "%,d", value.get()), value));
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("tile-name");
        VBox tile = new VBox(2, number, name);
        tile.getStyleClass().addAll("dashboard-tile", tone);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        if (drill != null) {
            tile.setCursor(Cursor.HAND);
            tile.setOnMouseClicked(e -> vm.drill(drill));
        }
        return tile;
    }

    private void redraw() {
        ageing.show(slices(vm.ageing(), LATE));
        category.show(slices(vm.topCategories(), NEUTRAL));
        spots.show(slices(vm.hotSpots(), NEUTRAL));
        unit.show(vm.byUnit().stream().map(b -> new ValueBars.Item(b.name(), b.count(), NEUTRAL, null)).toList());
        month.show(List.of(
                new ValueBars.Item(messages.get("ui.dashboard.tile.met"), vm.metProperty().get(), ON_TIME, null),
                new ValueBars.Item(messages.get("ui.dashboard.tile.missed"), vm.missedProperty().get(), LATE, null),
                new ValueBars.Item(messages.get("ui.dashboard.tile.overdue"), vm.overdueProperty().get(), LATE,
                        () -> vm.drill(DashboardViewModel.Drill.view(InboxView.OVERDUE)))));
    }

    private List<ValueBars.Item> slices(List<DashboardViewModel.Slice> slices, String tone) {
        List<ValueBars.Item> items = new ArrayList<>();
        for (DashboardViewModel.Slice s : slices) {
            items.add(new ValueBars.Item(s.name(), s.count(), tone, () -> vm.drill(s.drill())));
        }
        return items;
    }

    public void activate() {
        subscriptions.onChange(vm.metProperty(), (o, a, b) -> redraw());
        subscriptions.onChange(vm.missedProperty(), (o, a, b) -> redraw());
        subscriptions.onChange(vm.overdueProperty(), (o, a, b) -> redraw());
        subscriptions.onChange(vm.ageing(), redraw);
        subscriptions.onChange(vm.topCategories(), redraw);
        subscriptions.onChange(vm.hotSpots(), redraw);
        subscriptions.onChange(vm.byUnit(), redraw);
        vm.refresh();
        if (trend != null) {
            trend.activate();
        }
        active = true;
        if (rankingTab != null) {
            subscriptions.onChange(rankingTab.selectedProperty(), (o, a, b) -> {
                if (b) {
                    ranking.activate();
                } else {
                    ranking.deactivate();
                }
            });
            if (rankingTab.isSelected()) {
                ranking.activate();
            }
        }
        if (positionTab != null) {
            subscriptions.onChange(positionTab.selectedProperty(), (o, a, b) -> {
                if (b) {
                    position.activate();
                } else {
                    position.deactivate();
                }
            });
            if (positionTab.isSelected()) {
                position.activate();
            }
        }
    }

    public void deactivate() {
        subscriptions.dispose();
        if (active && trend != null) {
            trend.deactivate();
        }
        if (active && rankingTab != null && rankingTab.isSelected()) {
            ranking.deactivate();
        }
        if (active && positionTab != null && positionTab.isSelected()) {
            position.deactivate();
        }
        active = false;
    }

    public Node root() {
        return root;
    }
}
