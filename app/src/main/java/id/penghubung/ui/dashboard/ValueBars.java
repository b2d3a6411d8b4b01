package id.penghubung.ui.dashboard;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * A horizontal bar chart whose bars carry their value at their end, a colour that means something
 * ({@code tone}: a CSS class, late red, on time green, neutral blue) and open their complaints on a click.
 * Drawing only: the numbers and where a click goes come from the view model.
 */
final class ValueBars {
    /** One bar: its label, value, colour class and what a click does (nothing when null). */
    record Item(String name, int value, String tone, Runnable open) {
    }

    private final BarChart<Number, String> chart;
    private final NumberAxis values = new NumberAxis();

    ValueBars(String title, String id) {
        CategoryAxis names = new CategoryAxis();
        chart = new BarChart<>(values, names);
        chart.setTitle(title);
        chart.setId(id);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(250);
        chart.setMinHeight(200);
        chart.setCategoryGap(6);
        chart.getStyleClass().add("dashboard-chart");
        values.setAutoRanging(false);
        values.setLowerBound(0);
        values.setMinorTickVisible(false);
    }

    /** Writes the axis's numbers in the desk's language, like the values on the bars. */
    ValueBars numbersIn(Locale locale) {
        values.setTickLabelFormatter(new AxisNumbers(locale));
        return this;
    }

    BarChart<Number, String> chart() {
        return chart;
    }

    void show(List<Item> items) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        Set<String> seen = new HashSet<>();
        int max = 1;
        // The category axis draws the first category at the bottom: reversed, the largest reads first.
        for (int i = items.size() - 1; i >= 0; i--) {
            Item item = items.get(i);
            max = Math.max(max, item.value());
            // The category axis merges equal names (two institutions' "Dinas Kesehatan"): each bar keeps its own row.
            String name = item.name();
            while (!seen.add(name)) {
                name = name + "\u200B";
            }
            XYChart.Data<Number, String> d = new XYChart.Data<>(item.value(), name);
            d.setNode(bar(item));
            series.getData().add(d);
        }
        // Room at the right for the longest bar's value.
        int upper = (int) Math.ceil(max * 1.2) + 1;
        values.setUpperBound(upper);
        values.setTickUnit(Math.max(1, niceStep(upper)));
        chart.getData().setAll(List.of(series));
    }

    private static StackPane bar(Item item) {
        StackPane bar = new StackPane();
        bar.getStyleClass().add(item.tone());
        // Inline: the chart's own series colour classes would otherwise win over the tone.
        bar.setStyle("-fx-background-color: " + switch (item.tone()) {
            case DashboardView.LATE -> "-ph-red";
            case DashboardView.ON_TIME -> "-ph-green";
            default -> "-color-accent-emphasis";
        } + ";");
        Label value = new Label(Integer.toString(item.value()));
        value.getStyleClass().add("bar-value");
        value.setMinWidth(Label.USE_PREF_SIZE);
        StackPane.setAlignment(value, Pos.CENTER_RIGHT);
        // Just past the bar's end, so a short bar's value stays readable.
        value.translateXProperty().bind(value.widthProperty().add(4));
        bar.getChildren().add(value);
        if (item.open() != null) {
            bar.setCursor(Cursor.HAND);
            bar.setOnMouseClicked(e -> item.open().run());
            Tooltip.install(bar, new Tooltip(item.name() + ": " + item.value()));
        }
        return bar;
    }

    private static int niceStep(int upper) {
        int raw = Math.max(1, upper / 5);
        int magnitude = (int) Math.pow(10, Math.floor(Math.log10(raw)));
        for (int m : new int[] {1, 2, 5, 10}) {
            if (raw <= m * magnitude) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
