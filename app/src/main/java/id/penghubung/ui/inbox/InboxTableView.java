package id.penghubung.ui.inbox;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.OpenValues;
import id.penghubung.model.Status;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxSort;
import id.penghubung.ui.common.FirstShown;
import id.penghubung.ui.common.Icons;
import id.penghubung.ui.common.Labels;
import id.penghubung.ui.common.ViewSubscriptions;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The inbox: search box, filters and the virtualised table. The table's items are the view
 * model's {@link LazyRowList}; rows on screen ask for their page when they show a placeholder.
 */
public final class InboxTableView {
    /** How far from its last place a reselected row is looked for. */
    private static final int RESELECT_REACH = 500;
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();
    /** Wide enough for the longest badge of an overdue clock in either language. */
    static final double DEADLINE_WIDTH = 305;
    /** The title column never narrower than this (a laptop's table). */
    static final double TITLE_MIN_WIDTH = 160;
    /** The title's width to read a complaint's title, which the later columns give way for (a wide screen's table). */
    static final double TITLE_READABLE_WIDTH = 280;
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    private static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");
    private ColumnPriorities priorities;
    private int lastSelectedIndex;
    private final InboxViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TableView<LazyRowList.Line<InboxRow>> table = new TableView<>();
    private final Button export;
    private final Button refresh;
    private final Button print;
    private final boolean acrossInstitutions;
    private final ChangeListener<LazyRowList.Line<InboxRow>> selection;
    private final ToggleButton filters;
    /** The filter row, in {@link #tools} only once the officer opens it (a closed one costs the start its CSS). */
    private final FlowPane filterRow;
    private final VBox tools;

    public InboxTableView(InboxViewModel vm, ZoneId zone) {
        this(vm, zone, false);
    }

    /**
     * {@code acrossInstitutions}: rows come from several institutions (the Ombudsman desk), so the
     * institution and regency columns and filters show and the filters start open.
     */
    public InboxTableView(InboxViewModel vm, ZoneId zone, boolean acrossInstitutions) {
        this.vm = vm;
        this.acrossInstitutions = acrossInstitutions;
        this.messages = vm.messages();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(zone);

        search.setId("search");
        search.promptTextProperty().bind(vm.searchPrompt());
        search.accessibleTextProperty().bind(search.promptTextProperty());
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);
        search.setPrefWidth(260);
        search.setMinWidth(120);

        Label count = new Label();
        count.setId("resultCount");
        count.getStyleClass().add("status-text");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(vm.resultTextProperty());

        refresh = Icons.iconButton(MaterialDesignR.REFRESH, messages.get("ui.action.refresh"));
        refresh.setOnAction(e -> vm.refresh());
        export = Icons.iconButton(MaterialDesignF.FILE_DELIMITED_OUTLINE, messages.get("ui.export.button"));
        export.disableProperty().bind(vm.exportingProperty());
        print = Icons.iconButton(MaterialDesignP.PRINTER, messages.get("ui.print.button"));
        print.setId("printCases");
        filters = new ToggleButton(null, Icons.icon(MaterialDesignF.FILTER_VARIANT));
        filters.setSelected(acrossInstitutions);
        filters.setAccessibleText(messages.get("ui.filter.toggle"));
        filters.setTooltip(new Tooltip(messages.get("ui.filter.toggle")));
        filters.getStyleClass().addAll("button-icon", "flat");

        ComboBox<InboxSort> sort = new ComboBox<>(FXCollections.observableArrayList(InboxSort.values()));
        sort.setConverter(Labels.of(messages::label));
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        sort.setAccessibleText(messages.get("ui.inbox.sort"));
        sort.setPrefWidth(150);
        sort.setMinWidth(140);
        ToggleButton desc = new ToggleButton(null, Icons.icon(MaterialDesignS.SORT_DESCENDING));
        desc.selectedProperty().bindBidirectional(vm.descendingProperty());
        desc.setAccessibleText(messages.get("ui.inbox.descending"));
        desc.setTooltip(new Tooltip(messages.get("ui.inbox.descending")));
        desc.getStyleClass().addAll("button-icon", "flat");

        // The search field has a row of its own: its prompt names the view and must never be cut
        // ("Cari di Perlu t…" at 1366 px beside the buttons).
        HBox searchRow = new HBox(search);
        searchRow.getStyleClass().add("toolbar-row");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(count, gap, sort, desc, filters, refresh, print, export);
        top.getStyleClass().add("toolbar-row");

        filterRow = filterRow();
        filterRow.visibleProperty().bind(filters.selectedProperty());
        filterRow.managedProperty().bind(filters.selectedProperty());

        Label error = new Label();
        error.setId("inboxError");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorTextProperty());
        error.visibleProperty().bind(vm.errorTextProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        tools = new VBox(searchRow, top, error);
        root.setTop(tools);
        buildTable(date);
        root.setCenter(table);
        // The split pane gives the table what is left; its own minimum must not push the window wider.
        root.setMinWidth(380);
        // A reload replaces the rows and drops the table's selection; the detail keeps showing what was
        // chosen until the officer picks another row, so queueing an action does not blank the pane.
        selection = (o, a, b) -> {
            if (b != null) {
                lastSelectedIndex = b.index();
            }
            if (b != null && !b.loading()) {
                vm.selectedProperty().set(b.row().get());
            }
        };
    }

    private FlowPane filterRow() {
        ComboBox<Status> status = combo(Status.values(), messages::label, "ui.filter.status");
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        ComboBox<Facet> category = new ComboBox<>(vm.categories());
        category.setPromptText(messages.get("ui.filter.category"));
        category.setAccessibleText(messages.get("ui.filter.category"));
        category.valueProperty().bindBidirectional(vm.categoryFilterProperty());
        ComboBox<Facet> unit = new ComboBox<>(vm.units());
        unit.setPromptText(messages.get("ui.filter.unit"));
        unit.setAccessibleText(messages.get("ui.filter.unit"));
        unit.valueProperty().bindBidirectional(vm.unitFilterProperty());
        ComboBox<Channel> channel = combo(Channel.values(), messages::label, "ui.filter.channel");
        channel.valueProperty().bindBidirectional(vm.channelFilterProperty());
        ComboBox<Classification> classification = combo(Classification.values(), messages::label,
                "ui.filter.classification");
        classification.valueProperty().bindBidirectional(vm.classificationFilterProperty());
        DatePicker from = new DatePicker();
        from.setPromptText(messages.get("ui.filter.from"));
        from.setAccessibleText(messages.get("ui.filter.from"));
        from.valueProperty().bindBidirectional(vm.fromDateProperty());
        from.setPrefWidth(160); // "Masuk sejak" must fit beside the calendar button
        DatePicker to = new DatePicker();
        to.setPromptText(messages.get("ui.filter.to"));
        to.setAccessibleText(messages.get("ui.filter.to"));
        to.valueProperty().bindBidirectional(vm.toDateProperty());
        to.setPrefWidth(160);
        Button clear = Icons.iconButton(MaterialDesignF.FILTER_REMOVE_OUTLINE, messages.get("ui.filter.clear"));
        clear.setOnAction(e -> vm.clearFilters());
        List<Node> parts = List.of(status, category, unit, channel, classification, from, to, clear);
        if (acrossInstitutions) {
            ComboBox<Facet> agency = new ComboBox<>(vm.agencies());
            agency.setId("filterAgency");
            agency.setPromptText(messages.get("ui.print.filterAgency"));
            agency.setAccessibleText(messages.get("ui.print.filterAgency"));
            agency.valueProperty().bindBidirectional(vm.agencyFilterProperty());
            agency.setPrefWidth(200);
            ComboBox<String> regency = new ComboBox<>(vm.regencies());
            regency.setId("filterRegency");
            regency.setPromptText(messages.get("ui.print.filterRegency"));
            regency.setAccessibleText(messages.get("ui.print.filterRegency"));
            regency.valueProperty().bindBidirectional(vm.regencyFilterProperty());
            regency.setPrefWidth(170);
            // Units of many institutions in one list help nobody: the institution filter replaces it.
            // What supervision asks: whose, where, how far along, since when (channel and classification stay
            // in the table; two lines of filters are plenty beside the detail pane).
            // Widths chosen so the filters take two lines beside the detail pane on a 1366-pixel screen.
            status.setPrefWidth(160);
            category.setPrefWidth(170);
            parts = List.of(agency, regency, status, category, from, to, clear);
        }
        // Filters wrap onto a second line rather than squeezing into unreadable "…" boxes.
        FlowPane row = new FlowPane(8, 8);
        row.getChildren().setAll(parts);
        row.getStyleClass().add("filter-row");
        return row;
    }

    private <T> ComboBox<T> combo(T[] values, Function<T, String> label, String promptKey) {
        // OTHER holds names a later server adds: nothing to pick in a filter.
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(Arrays.stream(values)
                .filter(v -> !(v instanceof Enum<?> e && e.name().equals(OpenValues.OTHER))).toList()));
        box.setPromptText(messages.get(promptKey));
        box.setAccessibleText(messages.get(promptKey));
        box.setConverter(Labels.of(label));
        // The prompt shows again once the value is cleared, so "all" needs no entry of its own.
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? messages.get(promptKey) : label.apply(item));
            }
        });
        return box;
    }

    private void buildTable(DateTimeFormatter date) {
        table.setId("inboxTable");
        table.getStyleClass().addAll("inbox-table", "striped");
        table.setItems(vm.rows());
        // Several rows can be chosen for printing; the detail pane follows the focused one.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Fixed row height: the virtual flow then never measures rows, which keeps 100,000 rows smooth.
        table.setFixedCellSize(34);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The column chooser: the officer hides what a narrow screen cannot show (the menu button at the
        // header's right); below the columns' minimum widths the table scrolls sideways.
        table.setTableMenuButtonVisible(true);
        table.setPlaceholder(new Label(messages.get("ui.inbox.empty")));
        // Row and cell states are pseudo-classes: a style-class change re-matches every selector of the row and its
        // cells, and rows are updated on every scroll and every page that lands (issue 19).
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LazyRowList.Line<InboxRow> item, boolean empty) {
                super.updateItem(item, empty);
                boolean conflict = false;
                if (!empty && item != null) {
                    if (item.loading()) {
                        vm.rows().ensureLoaded(item.index());
                    } else {
                        conflict = item.row().get().conflict();
                    }
                }
                pseudoClassStateChanged(CONFLICT, conflict);
            }
        });
        TableColumn<LazyRowList.Line<InboxRow>, String> tracking = textColumn("ui.column.tracking", r -> r.trackingId().toString(), 100);
        table.getColumns().add(tracking);
        TableColumn<LazyRowList.Line<InboxRow>, LazyRowList.Line<InboxRow>> title = lineColumn("ui.column.title", 280);
        title.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LazyRowList.Line<InboxRow> item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(LOADING, !empty && item != null && item.loading());
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else if (item.loading()) {
                    setText(messages.get("ui.inbox.loadingRow"));
                    setGraphic(null);
                } else {
                    InboxRow r = item.row().get();
                    setText(r.title());
                    HBox marks = new HBox(4);
                    marks.setAlignment(Pos.CENTER_LEFT);
                    if (r.confidential()) {
                        marks.getChildren().add(badge(messages.get("ui.badge.confidential"), "badge-confidential"));
                    }
                    if (r.anonymous()) {
                        marks.getChildren().add(badge(messages.get("ui.badge.anonymous"), "badge-anonymous"));
                    }
                    if (r.pendingActions() > 0) {
                        marks.getChildren().add(Icons.icon(MaterialDesignM.MAILBOX_OUTLINE));
                    }
                    if (r.hasDraft()) {
                        marks.getChildren().add(Icons.icon(MaterialDesignF.FILE_EDIT_OUTLINE));
                    }
                    setGraphic(marks.getChildren().isEmpty() ? null : marks);
                    setContentDisplay(ContentDisplay.RIGHT);
                }
            }
        });
        if (acrossInstitutions) {
            // For the Ombudsman the institution is what a row is about: right beside the tracking number.
            TableColumn<LazyRowList.Line<InboxRow>, String> agency = textColumn("ui.print.columnAgency",
                    r -> r.agencyName() == null || r.agencyName().isBlank() ? "—" : r.agencyName(), 170);
            agency.setId("columnAgency");
            table.getColumns().add(agency);
        }
        table.getColumns().add(title);
        TableColumn<LazyRowList.Line<InboxRow>, LazyRowList.Line<InboxRow>> deadline = lineColumn("ui.column.deadline", 270);
        deadline.setCellFactory(c -> new TableCell<>() {
            /** The cell's clock badge, kept from row to row: a new label per update is a new node to skin and style. */
            private final ClockBadge clock = new ClockBadge();

            @Override
            protected void updateItem(LazyRowList.Line<InboxRow> item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null || item.loading()) {
                    setGraphic(null);
                } else {
                    InboxRow row = item.row().get();
                    List<UnitBadges.Line> units = vm.unitBadges(row);
                    RowBadges.Badge badge = vm.badge(row);
                    // Unit badges hold the clock in their box: that one is built afresh (only "Menunggu unit").
                    Label shown = units.isEmpty() ? clock.show(badge) : ClockBadge.of(badge);
                    setGraphic(UnitBadgeCell.graphic(units, shown));
                }
            }
        });
        // Deadline and status right after the title: on a laptop screen they must never scroll out of view.
        table.getColumns().add(deadline);
        table.getColumns().add(textColumn("ui.column.status", r -> messages.label(r.status()), 130));
        if (acrossInstitutions) {
            table.getColumns().add(textColumn("ui.print.columnRegency", InboxRow::regency, 130));
        }
        table.getColumns().add(textColumn("ui.column.category", InboxRow::categoryName, 140));
        table.getColumns().add(textColumn("ui.column.unit", r -> r.unitName().orElse("—"), 120));
        table.getColumns().add(textColumn("ui.column.channel", r -> messages.label(r.channel()), 110));
        table.getColumns().add(textColumn("ui.column.submitted", r -> date.format(r.submittedAt()), 105));
        // Priorities: the title and the deadline keep room (the badge names its clock: "Tindak lanjut: Terlambat
        // 11 hari kerja"); the columns after the deadline give way first, hidden on a narrow table.
        deadline.setPrefWidth(DEADLINE_WIDTH);
        int afterDeadline = table.getColumns().indexOf(deadline) + 1;
        table.getColumns().forEach(c -> {
            c.setMinWidth(c == title ? TITLE_MIN_WIDTH : c == deadline ? DEADLINE_WIDTH : c == tracking ? c.getPrefWidth() : Math.min(c.getPrefWidth(), 90));
            c.setSortable(false); // the store sorts; the table must never sort 100,000 placeholders
            c.setReorderable(false);
        });
        // The status and the category stay for the title's sake; the unit, the channel and the date give way first.
        priorities = new ColumnPriorities(table, List.copyOf(table.getColumns().subList(afterDeadline, table.getColumns().size())), title,
                TITLE_READABLE_WIDTH, acrossInstitutions ? 3 : 2);
    }

    static Label badge(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private TableColumn<LazyRowList.Line<InboxRow>, LazyRowList.Line<InboxRow>> lineColumn(String key, double width) {
        TableColumn<LazyRowList.Line<InboxRow>, LazyRowList.Line<InboxRow>> col = new TableColumn<>(messages.get(key));
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        col.setPrefWidth(width);
        return col;
    }

    private TableColumn<LazyRowList.Line<InboxRow>, String> textColumn(String key, Function<InboxRow, String> value,
            double width) {
        TableColumn<LazyRowList.Line<InboxRow>, String> col = new TableColumn<>(messages.get(key));
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(
                Optional.ofNullable(cd.getValue()).flatMap(LazyRowList.Line::row).map(value).orElse("")));
        col.setPrefWidth(width);
        return col;
    }

    public void activate() {
        subscriptions.onChange(table.getSelectionModel().selectedItemProperty(), selection);
        subscriptions.onChange(vm.rows(), (ListChangeListener<LazyRowList.Line<InboxRow>>) c -> keepShownSelected());
        priorities.activate(subscriptions);
        FirstShown.attach(subscriptions, filters.selectedProperty(), tools, 2, filterRow);
        vm.activate();
    }

    /**
     * After the rows were read again (a sync, an unlock, a language switch) the complaint on show stays
     * the selected row once its line is loaded: the officer's place in the table is not lost.
     */
    private void keepShownSelected() {
        InboxRow shown = vm.selectedProperty().get();
        if (shown == null || table.getSelectionModel().getSelectedItem() != null) {
            return;
        }
        List<LazyRowList.Line<InboxRow>> lines = vm.rows();
        // Near where it was: a reload keeps the order, and a scan of 100,000 lines per page event would not do.
        int from = Math.max(0, lastSelectedIndex - RESELECT_REACH);
        int to = Math.min(lines.size(), lastSelectedIndex + RESELECT_REACH + 1);
        for (int i = from; i < to; i++) {
            Optional<InboxRow> row = lines.get(i).row();
            if (row.isPresent() && row.get().id().equals(shown.id())) {
                table.getSelectionModel().select(i);
                return;
            }
        }
    }

    public void deactivate() {
        subscriptions.dispose();
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public Button printButton() {
        return print;
    }

    public Button exportButton() {
        return export;
    }

    public TableView<LazyRowList.Line<InboxRow>> table() {
        return table;
    }

    public Node root() {
        return root;
    }
}
