package id.penghubung.ui.ranking;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.ui.common.TableHeaders;
import id.penghubung.ui.common.ViewSubscriptions;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The ranking table: sortable columns, period and regency filters, a compliance bar per row (green
 * from {@value #GOOD}, red under {@value #POOR}), the volume group, rank and tie note; a double click
 * (or the button) opens the row's overdue complaints. Drawing only.
 */
public final class RankingView {
    static final double GOOD = 80;
    static final double POOR = 60;
    private static final double BAR_WIDTH = 56;
    /** The headers' type size (the table's own CSS, {@code .ranking-table .column-header .label}). */
    private static final double HEADER_SIZE = 12;
    /** Room around a header's longest word: the cell's padding and the sort arrow. */
    private static final double HEADER_PADDING = 20;
    /** The short header of a column, where it has one (the full name is the header's tooltip). */
    private static final Map<String, String> SHORT = Map.of(
            "ui.ranking.col.rank", "ui.ranking.short.rank",
            "ui.ranking.col.volume", "ui.ranking.short.volume",
            "ui.ranking.col.received", "ui.ranking.short.received",
            "ui.ranking.col.followUpDue", "ui.ranking.short.followUpDue",
            "ui.ranking.col.late", "ui.ranking.short.late",
            "ui.ranking.col.completed", "ui.ranking.short.completed",
            "ui.ranking.col.score", "ui.ranking.short.score",
            "ui.ranking.col.tie", "ui.ranking.short.tie");

    private final RankingViewModel vm;
    private final Messages messages;
    private final TableView<RankingViewModel.Row> table = new TableView<>();
    private final VBox root;
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();

    public RankingView(RankingViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
        boolean institutions = vm.grouping() == ReportGrouping.INSTITUTION;
        table.setId("rankingTable");
        table.getStyleClass().add("ranking-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(messages.get("ui.ranking.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(number("ui.ranking.col.rank", RankingViewModel.Row::rank, 72));
        TableColumn<RankingViewModel.Row, String> name = text(institutions ? "ui.ranking.col.institution" : "ui.ranking.col.unit",
                RankingViewModel.Row::name);
        name.setPrefWidth(210);
        name.setMinWidth(140);
        // Long institution names on two lines rather than cut ("Pemerintah Kabupaten Bangka Te…").
        name.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setWrapText(true);
            }
        });
        table.getColumns().add(name);
        table.getColumns().add(text("ui.ranking.col.volume", RankingViewModel.Row::volumeGroup));
        table.getColumns().add(number("ui.ranking.col.received", RankingViewModel.Row::received, 72));
        // Wide enough for "TL jatuh / tempo" on two lines (at 72 px its third line was cut).
        table.getColumns().add(number("ui.ranking.col.followUpDue", RankingViewModel.Row::followUpDue, 92));
        table.getColumns().add(number("ui.ranking.col.onTime", RankingViewModel.Row::followUpOnTime, 72));
        table.getColumns().add(number("ui.ranking.col.late", RankingViewModel.Row::followUpLate, 72));
        table.getColumns().add(percent("ui.ranking.col.onTimePercent", RankingViewModel.Row::onTimePercent));
        table.getColumns().add(number("ui.ranking.col.completed", RankingViewModel.Row::completed, 72));
        table.getColumns().add(number("ui.ranking.col.overdue", RankingViewModel.Row::overdueOpen, 72));
        table.getColumns().add(scoreColumn());
        TableColumn<RankingViewModel.Row, String> tie = text("ui.ranking.col.tie", RankingViewModel.Row::tieNote);
        // The tie's explanation wraps in its narrow column and shows whole on hover.
        tie.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setWrapText(true);
                setTooltip(empty || v == null || v.isEmpty() ? null : new Tooltip(v));
            }
        });
        table.getColumns().add(tie);
        table.setRowFactory(t -> {
            TableRow<RankingViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });

        ComboBox<RankingPeriod> period = new ComboBox<>();
        period.setId("rankingPeriod");
        period.getItems().setAll(RankingPeriod.values());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(RankingPeriod p) {
                return p == null ? "" : messages.label(p);
            }

            @Override
            public RankingPeriod fromString(String s) {
                return null;
            }
        });
        period.valueProperty().bindBidirectional(vm.periodProperty());
        Label periodText = new Label();
        periodText.getStyleClass().add("meta-key");
        periodText.textProperty().bind(vm.periodTextProperty());
        ComboBox<String> regency = new ComboBox<>(vm.regencies());
        regency.setId("rankingRegency");
        regency.setPromptText(messages.get("ui.ranking.allRegencies"));
        regency.valueProperty().bindBidirectional(vm.regencyProperty());
        regency.setVisible(institutions);
        regency.setManaged(institutions);
        Button all = new Button(messages.get("ui.ranking.showAll"));
        all.setOnAction(e -> vm.regencyProperty().set(null));
        all.setVisible(institutions);
        all.setManaged(institutions);
        Button open = new Button(messages.get("ui.ranking.openOverdue"));
        open.setId("rankingOpen");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(table.getSelectionModel().getSelectedItem()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(8, period, periodText, regency, all, gap, busy, open);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label method = new Label(messages.get("ui.ranking.method"));
        method.setWrapText(true);
        method.getStyleClass().add("meta-key");
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(8, filters, error, table, method);
        root.setId(institutions ? "rankingInstitutions" : "rankingUnits");
        root.setMinHeight(420);
    }

    private TableColumn<RankingViewModel.Row, Number> number(String key, Function<RankingViewModel.Row, Integer> value, double width) {
        TableColumn<RankingViewModel.Row, Number> c = new TableColumn<>(messages.get(key));
        c.setUserData(key);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(48);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        wrapHeader(c);
        return c;
    }

    private TableColumn<RankingViewModel.Row, String> text(String key, Function<RankingViewModel.Row, String> value) {
        TableColumn<RankingViewModel.Row, String> c = new TableColumn<>(messages.get(key));
        c.setUserData(key);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        wrapHeader(c);
        return c;
    }

    private TableColumn<RankingViewModel.Row, Double> percent(String key, Function<RankingViewModel.Row, Double> value) {
        TableColumn<RankingViewModel.Row, Double> c = new TableColumn<>(messages.get(key));
        c.setUserData(key);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null ? "–" : String.format(messages.locale(), "%.1f%%", v));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(72);
        c.setMinWidth(48);
        wrapHeader(c);
        return c;
    }

    /**
     * A compact header, so all twelve columns fit a 1366 px laptop beside the sidebar: the short name
     * where the bundle has one ({@code ui.ranking.short.*}, "Masuk" for "Diterima"), in the table's
     * smaller header type, wrapped between words and never cut inside one (the column is never
     * narrower than its longest word); the full name shows on hover.
     */
    private void wrapHeader(TableColumn<?, ?> c) {
        String key = c.getUserData() instanceof String k ? SHORT.get(k) : null;
        TableHeaders.wrap(c, key == null ? c.getText() : messages.get(key), HEADER_SIZE, HEADER_PADDING);
    }

    private TableColumn<RankingViewModel.Row, Double> scoreColumn() {
        TableColumn<RankingViewModel.Row, Double> c = new TableColumn<>(messages.get("ui.ranking.col.score"));
        c.setUserData("ui.ranking.col.score");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().score()));
        c.setPrefWidth(BAR_WIDTH + 56);
        c.setMinWidth(BAR_WIDTH + 48);
        wrapHeader(c);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                if (empty) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Region bar = new Region();
                bar.getStyleClass().addAll("score-bar", v == null ? "none" : v >= GOOD ? "good" : v < POOR ? "poor" : "fair");
                bar.setPrefSize(v == null ? 0 : BAR_WIDTH * v / 100.0, 12);
                bar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
                StackPane track = new StackPane(bar);
                track.getStyleClass().add("score-track");
                track.setPrefWidth(BAR_WIDTH);
                track.setMaxSize(BAR_WIDTH, 14);
                track.setMinWidth(BAR_WIDTH);
                StackPane.setAlignment(bar, Pos.CENTER_LEFT);
                Label value = new Label(v == null ? messages.get("ui.ranking.noScore") : String.format(messages.locale(), "%.1f", v));
                value.setMinWidth(Label.USE_PREF_SIZE);
                HBox cell = new HBox(6, track, value);
                cell.setAlignment(Pos.CENTER_LEFT);
                setGraphic(cell);
                setText(null);
            }
        });
        return c;
    }

    /** Institutions (the Ombudsman's ranking) rather than the agency's units. */
    public boolean institutions() {
        return vm.grouping() == ReportGrouping.INSTITUTION;
    }

    public void activate() {
        subscriptions.onChange(vm.rows(), c -> table.sort());
        vm.refresh();
    }

    public void deactivate() {
        subscriptions.dispose();
    }

    public Node root() {
        return root;
    }
}
