package id.penghubung.ui.similar;

import id.penghubung.i18n.Messages;
import id.penghubung.model.LinkRelation;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * "Pengaduan serupa" under the queued actions of the detail pane: the shown complaint's links, then
 * the candidates (tracking ID, score, title, institution and status, the reasons in words); double
 * click or "Buka" opens one; an officer links it, marks the shown complaint as its duplicate, or
 * answers the group at once. Only bindings to the view model (no listeners): nothing to undo.
 */
public final class SimilarPane {
    private final SimilarPaneViewModel vm;
    private final VBox root = new VBox(6);
    private final ListView<SimilarRow> list = new ListView<>();

    /** {@code canAct}: an officer's desk (links, group answer); the Ombudsman's only reads and opens. */
    public SimilarPane(SimilarPaneViewModel vm, boolean canAct, Consumer<SimilarPaneViewModel> onGroup) {
        this.vm = vm;
        Messages m = vm.messages();
        root.setId("similarPane");
        root.getStyleClass().add("similar-pane");
        Label title = new Label(m.get("ui.similar.title"));
        title.getStyleClass().add("detail-section");
        Label links = new Label();
        links.setId("similarLinks");
        links.setWrapText(true);
        links.textProperty().bind(Bindings.createStringBinding(() -> vm.links().isEmpty() ? ""
                : m.get("ui.similar.linked", String.join("; ", vm.links())), vm.links()));
        links.visibleProperty().bind(links.textProperty().isNotEmpty());
        links.managedProperty().bind(links.visibleProperty());
        Label state = new Label();
        state.setId("similarState");
        state.getStyleClass().add("empty-hint");
        state.setWrapText(true);
        state.textProperty().bind(vm.stateProperty());
        state.visibleProperty().bind(vm.stateProperty().isNotEmpty());
        state.managedProperty().bind(state.visibleProperty());

        list.setId("similarList");
        list.setItems(vm.rows());
        list.setPrefHeight(170);
        list.setMinHeight(90);
        list.visibleProperty().bind(Bindings.isNotEmpty(vm.rows()));
        list.managedProperty().bind(list.visibleProperty());
        list.setCellFactory(v -> new Cell(m));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });

        Button open = new Button(m.get("ui.similar.open"));
        open.setId("similarOpen");
        open.setOnAction(e -> selected(vm::open));
        FlowPane buttons = new FlowPane(6, 6, open);
        if (canAct) {
            Button related = new Button(m.get("ui.similar.linkRelated"));
            related.setId("similarLinkRelated");
            related.setOnAction(e -> selected(r -> vm.link(r, LinkRelation.RELATED)));
            Button duplicate = new Button(m.get("ui.similar.markDuplicate"));
            duplicate.setId("similarMarkDuplicate");
            duplicate.setOnAction(e -> selected(r -> vm.link(r, LinkRelation.DUPLICATE_OF)));
            Button unlink = new Button(m.get("ui.similar.unlink"));
            unlink.setId("similarUnlink");
            unlink.setOnAction(e -> selected(vm::unlink));
            Button group = new Button(m.get("ui.group.open"));
            group.setId("similarGroup");
            group.setOnAction(e -> onGroup.accept(vm));
            buttons.getChildren().addAll(related, duplicate, unlink, group);
            for (Button b : new Button[] {open, related, duplicate, unlink}) {
                b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
            }
        } else {
            open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.visibleProperty().bind(list.visibleProperty());
        buttons.managedProperty().bind(buttons.visibleProperty());
        Label result = new Label();
        result.setId("similarResult");
        result.getStyleClass().add("draft-state");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultProperty());
        result.visibleProperty().bind(vm.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        root.getChildren().addAll(title, links, state, list, buttons, result);
    }

    private void selected(Consumer<SimilarRow> action) {
        SimilarRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row);
        }
    }

    public Node root() {
        return root;
    }

    /** A candidate in three short lines. */
    private static final class Cell extends ListCell<SimilarRow> {
        private final Messages m;

        Cell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(SimilarRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label head = new Label(m.get("ui.similar.row", r.trackingId(), r.scorePercent(), r.title()));
            head.getStyleClass().add("similar-head");
            Label who = new Label(r.link().isEmpty() ? r.agency() + " · " + r.status()
                    : r.agency() + " · " + r.status() + " · " + r.link());
            who.getStyleClass().add("meta-key");
            Label why = new Label(r.reasons());
            why.getStyleClass().add("similar-reasons");
            why.setWrapText(true);
            VBox box = new VBox(1, head, who, why);
            box.setMinWidth(0);
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setText(null);
            setGraphic(box);
        }
    }
}
