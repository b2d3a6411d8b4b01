package id.penghubung.ui.dashboard;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.ViewSubscriptions;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The dashboard: four charts over the local cache. */
public final class DashboardView {
    private final DashboardViewModel vm;
    private final Messages messages;
    private final ScrollPane root;
    private final BarChart<Number, String> status = bar();
    private final BarChart<Number, String> deadlines = bar();
    private final BarChart<Number, String> category = bar();
    private final BarChart<Number, String> unit = bar();
    private final ListChangeListener<DashboardViewModel.Bar> redraw = c -> redraw();
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();

    public DashboardView(DashboardViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
        status.setTitle(messages.get("ui.dashboard.byStatus"));
        category.setTitle(messages.get("ui.dashboard.byCategory"));
        unit.setTitle(messages.get("ui.dashboard.byUnit"));
        deadlines.titleProperty().bind(Bindings.createStringBinding(
                () -> messages.get("ui.dashboard.deadlines", vm.monthTextProperty().get()), vm.monthTextProperty()));

        Label title = new Label(messages.get("ui.dashboard.title"));
        title.getStyleClass().add("detail-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        HBox head = new HBox(10, title, busy, error);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        grid.add(status, 0, 0);
        grid.add(deadlines, 1, 0);
        grid.add(category, 0, 1);
        grid.add(unit, 1, 1);
        for (Node n : grid.getChildren()) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
        VBox content = new VBox(12, head, grid);
        content.getStyleClass().add("detail");
        content.setId("dashboard");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    private static BarChart<Number, String> bar() {
        BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
        // Horizontal bars: long names (units, categories, statuses) read across, never rotated or cut.
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        return chart;
    }

    private void redraw() {
        fill(status, vm.byStatus());
        fill(category, vm.byCategory());
        fill(unit, vm.byUnit());
        // Bars with their counts in the labels: a pie of 3,964 against 8 drew nothing readable.
        fill(deadlines, List.of(
                new DashboardViewModel.Bar(messages.get("ui.dashboard.met", vm.metProperty().get()), vm.metProperty().get()),
                new DashboardViewModel.Bar(messages.get("ui.dashboard.missed", vm.missedProperty().get()),
                        vm.missedProperty().get()),
                new DashboardViewModel.Bar(messages.get("ui.dashboard.overdueNow", vm.overdueProperty().get()),
                        vm.overdueProperty().get())));
    }

    private static void fill(BarChart<Number, String> chart, List<DashboardViewModel.Bar> bars) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (DashboardViewModel.Bar b : bars) {
            series.getData().add(new XYChart.Data<>(b.count(), b.name()));
        }
        chart.getData().setAll(List.of(series));
    }

    public void activate() {
        subscriptions.onChange(vm.metProperty(), (o, a, b) -> redraw());
        subscriptions.onChange(vm.missedProperty(), (o, a, b) -> redraw());
        subscriptions.onChange(vm.overdueProperty(), (o, a, b) -> redraw());
        subscriptions.onChange(vm.byStatus(), redraw);
        subscriptions.onChange(vm.byCategory(), redraw);
        subscriptions.onChange(vm.byUnit(), redraw);
        vm.refresh();
    }

    public void deactivate() {
        subscriptions.dispose();
    }

    public Node root() {
        return root;
    }
}
