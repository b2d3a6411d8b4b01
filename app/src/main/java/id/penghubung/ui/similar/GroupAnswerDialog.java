package id.penghubung.ui.similar;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.ui.common.DialogSize;
import id.penghubung.ui.common.Dialogs;
import id.penghubung.ui.common.Labels;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The group answer as a dialog: each member with its status, deadline and whether the answer goes
 * to it (or why not), the answer type and text; "Kirim" queues one action per member that takes it.
 * The skipped members and their reasons are on screen before anything is sent.
 */
public final class GroupAnswerDialog {
    private GroupAnswerDialog() {
    }

    public static void show(Window owner, GroupAnswerViewModel vm) {
        Messages m = vm.messages();
        TableView<GroupMember> table = new TableView<>(vm.members());
        table.setId("groupMembers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column(m.get("ui.group.col.tracking"), r -> "#" + r.trackingId(), 80),
                column(m.get("ui.group.col.origin"), GroupMember::origin, 110),
                column(m.get("ui.group.col.title"), GroupMember::title, 220),
                column(m.get("ui.group.col.agency"), GroupMember::agency, 150),
                column(m.get("ui.group.col.status"), GroupMember::status, 110),
                column(m.get("ui.group.col.deadline"), GroupMember::deadline, 150),
                column(m.get("ui.group.col.outcome"), r -> r.sent() ? m.get("ui.group.willSend")
                        : m.get("ui.group.skipped", r.skipReason()), 220)));
        ComboBox<ActionType> type = new ComboBox<>(FXCollections.observableArrayList(ActionType.RESPOND, ActionType.COMPLETE));
        type.setId("groupType");
        type.setConverter(Labels.of(m::label));
        type.valueProperty().bindBidirectional(vm.typeProperty());
        TextArea text = new TextArea();
        text.setId("groupText");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPromptText(m.get("ui.group.prompt"));
        text.textProperty().bindBidirectional(vm.textProperty());
        Label result = new Label();
        result.setId("groupResult");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultProperty());
        Label type2 = new Label(m.get("ui.group.type"));
        VBox content = new VBox(8, table, new HBox(8, type2, type), text, result);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(180);

        ButtonType send = Dialogs.button(m, "ui.group.send", ButtonData.OK_DONE);
        Dialog<Void> dialog = Dialogs.create(owner, m.get("ui.group.title"), m.get("ui.group.header"), content, "groupAnswer",
                send, Dialogs.close(m));
        DialogSize.fit(dialog, owner, 760, 480);
        Button sendButton = (Button) dialog.getDialogPane().lookupButton(send);
        sendButton.textProperty().bind(Bindings.createStringBinding(
                () -> m.get("ui.group.sendN", vm.toSend()), vm.members()));
        sendButton.disableProperty().bind(vm.busyProperty().or(text.textProperty().isEmpty()));
        // Sending keeps the dialog open: the officer reads what was queued and what was skipped.
        sendButton.addEventFilter(ActionEvent.ACTION, e -> {
            vm.send();
            e.consume();
        });
        dialog.show();
    }

    private static TableColumn<GroupMember, String> column(String title, Function<GroupMember, String> value, double width) {
        TableColumn<GroupMember, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
