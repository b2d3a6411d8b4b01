package id.penghubung.ui.dashboard;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.TrendStep;
import id.penghubung.ui.common.ViewSubscriptions;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The trend charts: received, answered and completed side by side per week or month (a toggle), and
 * the on-time follow-up share per month (green from 80 %, amber from 60 %, red below). Every bar
 * carries its value. Drawing only.
 */
public final class TrendView {
    private final TrendViewModel vm;
    private final Messages messages;
    private final NumberAxis counts = new NumberAxis();
    private final BarChart<String, Number> flow;
    private final BarChart<String, Number> onTime;
    private final ToggleButton weeks;
    private final ToggleButton months;
    private final VBox root;
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();
    private final ListChangeListener<Object> redraw = c -> redraw();

    public TrendView(TrendViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
        flow = new BarChart<>(new CategoryAxis(), counts);
        counts.setAutoRanging(false);
        counts.setLowerBound(0);
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(new AxisNumbers(messages.locale()));
        flow.setId("dashboard-trend");
        flow.setTitle(messages.get("ui.trend.flow"));
        onTime = new BarChart<>(new CategoryAxis(), percentAxis());
        onTime.setId("dashboard-ontime");
        onTime.setTitle(messages.get("ui.trend.onTime"));
        onTime.setLegendVisible(false);
        for (BarChart<String, Number> chart : List.of(flow, onTime)) {
            chart.setAnimated(false);
            chart.setPrefHeight(260);
            chart.setMinHeight(220);
            chart.setCategoryGap(10);
            chart.setBarGap(1);
            chart.getStyleClass().add("dashboard-chart");
        }
        ToggleGroup group = new ToggleGroup();
        weeks = new ToggleButton(messages.get("ui.trend.byWeek"));
        weeks.setId("trendWeeks");
        months = new ToggleButton(messages.get("ui.trend.byMonth"));
        months.setId("trendMonths");
        weeks.setToggleGroup(group);
        months.setToggleGroup(group);
        months.setSelected(true);
        weeks.setOnAction(e -> choose());
        months.setOnAction(e -> choose());
        HBox toggle = new HBox(4, weeks, months);
        toggle.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, toggle, flow, onTime);
        root.setId("dashboard-trends");
    }

    private void choose() {
        if (!weeks.isSelected() && !months.isSelected()) {
            (vm.stepProperty().get() == TrendStep.WEEK ? weeks : months).setSelected(true);
            return;
        }
        vm.setStep(weeks.isSelected() ? TrendStep.WEEK : TrendStep.MONTH);
    }

    private static NumberAxis percentAxis() {
        NumberAxis axis = new NumberAxis(0, 110, 20);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        return axis;
    }

    private void redraw() {
        int max = 1;
        for (TrendViewModel.Point p : vm.points()) {
            max = Math.max(max, Math.max(p.received(), Math.max(p.answered(), p.completed())));
        }
        // Room above the tallest bar for its value; whole numbers on the axis.
        int upper = (int) Math.ceil(max * 1.2) + 1;
        int step = Math.max(1, (int) Math.ceil(upper / 6.0));
        counts.setUpperBound(Math.ceil((double) upper / step) * step);
        counts.setTickUnit(step);
        flow.getData().setAll(List.of(
                series("ui.trend.received", TrendViewModel.Point::received, "-color-accent-emphasis"),
                series("ui.trend.answered", TrendViewModel.Point::answered, "-ph-green"),
                series("ui.trend.completed", TrendViewModel.Point::completed, "-color-fg-muted")));
        XYChart.Series<String, Number> share = new XYChart.Series<>();
        for (TrendViewModel.Point p : vm.months()) {
            double value = p.onTimePercent() == null ? 0 : p.onTimePercent();
            XYChart.Data<String, Number> d = new XYChart.Data<>(p.label(), value);
            String colour = p.onTimePercent() == null ? "transparent"
                    : value >= 80 ? "-ph-green" : value >= 60 ? "-ph-amber" : "-ph-red";
            d.setNode(bar(colour, p.onTimePercent() == null ? "–" : String.format(messages.locale(), "%.1f%%", value),
                    p.label()));
            share.getData().add(d);
        }
        onTime.getData().setAll(List.of(share));
    }

    private XYChart.Series<String, Number> series(String key, ToIntFunction<TrendViewModel.Point> value, String colour) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(messages.get(key));
        for (TrendViewModel.Point p : vm.points()) {
            int v = value.applyAsInt(p);
            XYChart.Data<String, Number> d = new XYChart.Data<>(p.label(), v);
            d.setNode(bar(colour, String.format(messages.locale(), "%,d", v), p.label() + " · " + messages.get(key)));
            s.getData().add(d);
        }
        return s;
    }

    private static StackPane bar(String colour, String text, String tip) {
        StackPane bar = new StackPane();
        bar.setStyle("-fx-background-color: " + colour + ";");
        Label value = new Label(text);
        value.getStyleClass().add("bar-value");
        value.setMinWidth(Label.USE_PREF_SIZE);
        StackPane.setAlignment(value, Pos.TOP_CENTER);
        // Just above the bar's top, so a short bar's value stays readable.
        value.translateYProperty().bind(value.heightProperty().negate());
        bar.getChildren().add(value);
        Tooltip.install(bar, new Tooltip(tip + ": " + text));
        return bar;
    }

    public void activate() {
        subscriptions.onChange(vm.points(), redraw);
        subscriptions.onChange(vm.months(), redraw);
        vm.refresh();
    }

    public void deactivate() {
        subscriptions.dispose();
    }

    public Node root() {
        return root;
    }
}
