package id.penghubung.ui.position;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.TableHeaders;
import id.penghubung.ui.common.ViewSubscriptions;
import id.penghubung.ui.ranking.RankingPeriod;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Posisi kami": the agency's rank among its province's institutions as one sentence, where the
 * numbers come from (fresh, or the last copy with its date), and the province's table with the
 * agency's own row marked. Drawing only; fetches when shown and when the ranking's period changes.
 */
public final class PositionView {
    private final PositionViewModel vm;
    private final ObjectProperty<RankingPeriod> period;
    private final VBox root;
    private final TableView<PositionViewModel.Row> table = new TableView<>();
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();
    private final Label source;

    public PositionView(PositionViewModel vm, ObjectProperty<RankingPeriod> period) {
        this.vm = vm;
        this.period = period;
        Messages messages = vm.messages();
        Label title = new Label(messages.get("ui.position.title"));
        title.getStyleClass().add("detail-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label summary = new Label();
        summary.setId("positionSummary");
        summary.getStyleClass().add("position-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Label source = new Label();
        source.setId("positionSource");
        source.setWrapText(true);
        source.textProperty().bind(vm.sourceProperty());
        source.getStyleClass().add("meta-key");
        this.source = source;
        Label method = new Label(messages.get("ui.position.method"));
        method.setWrapText(true);
        method.getStyleClass().add("meta-key");

        table.setId("positionTable");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(messages.get("ui.position.unavailable")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages, "ui.ranking.col.rank", r -> String.valueOf(r.rank()), 90));
        table.getColumns().add(column(messages, "ui.ranking.col.volume", PositionViewModel.Row::volumeGroup, 90));
        TableColumn<PositionViewModel.Row, String> name = column(messages, "ui.ranking.col.institution",
                PositionViewModel.Row::name, 320);
        table.getColumns().add(name);
        table.getColumns().add(column(messages, "ui.ranking.col.received", r -> String.format(messages.locale(), "%,d", r.received()), 90));
        table.getColumns().add(column(messages, "ui.ranking.col.onTimePercent",
                r -> r.onTimePercent() == null ? "–" : String.format(messages.locale(), "%.1f%%", r.onTimePercent()), 90));
        table.getColumns().add(column(messages, "ui.ranking.col.overdue", r -> String.valueOf(r.overdueOpen()), 90));
        table.getColumns().add(column(messages, "ui.ranking.col.score",
                r -> r.score() == null ? messages.get("ui.ranking.noScore") : String.format(messages.locale(), "%.1f", r.score()), 110));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PositionViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("position-ours");
                setTooltip(null);
                if (!empty && row != null && row.ours()) {
                    getStyleClass().add("position-ours");
                    setTooltip(new Tooltip(messages.get("ui.position.oursTip")));
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(10, new HBox(10, title, busy), summary, source, table, method);
        root.getStyleClass().add("detail");
        root.setId("positionPane");
    }

    private static TableColumn<PositionViewModel.Row, String> column(Messages messages, String key,
            Function<PositionViewModel.Row, String> value, double width) {
        TableColumn<PositionViewModel.Row, String> c = new TableColumn<>(messages.get(key));
        TableHeaders.wrap(c);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setWrapText(true);
            }
        });
        return c;
    }

    /** Shown: fetch now, and again whenever the ranking's period changes. */
    public void activate() {
        subscriptions.onChange(period, (o, a, b) -> vm.refresh());
        // An old copy (offline) in the error colour, a fresh one quiet.
        subscriptions.onChange(vm.staleProperty(), (o, a, b) -> {
            source.getStyleClass().removeAll("field-error", "meta-key");
            source.getStyleClass().add(b ? "field-error" : "meta-key");
        });
        vm.refresh();
    }

    public void deactivate() {
        subscriptions.dispose();
    }

    public Node root() {
        return root;
    }
}
