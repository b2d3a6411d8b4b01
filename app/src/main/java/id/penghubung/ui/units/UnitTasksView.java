package id.penghubung.ui.units;

import id.penghubung.i18n.Messages;
import id.penghubung.model.UnitTask;
import id.penghubung.ui.common.Dialogs;
import id.penghubung.ui.common.ViewSubscriptions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Koordinasi unit" in the complaint's detail: every unit the complaint went to, with its due badge,
 * and the officer's buttons for it (record the answer, remind, withdraw, quote the answer into the
 * follow-up). Hidden while the complaint has no unit dispositions.
 */
public final class UnitTasksView {
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();
    private final UnitTasksViewModel vm;
    private final Messages messages;
    private final boolean canAct;
    private final VBox rows = new VBox(8);
    private final VBox root;
    private final ListChangeListener<UnitTasksViewModel.Line> rebuild = c -> rebuild();

    public UnitTasksView(UnitTasksViewModel vm, boolean canAct) {
        this.vm = vm;
        this.messages = vm.messages();
        this.canAct = canAct;
        Label title = new Label(messages.get("units.section"));
        title.getStyleClass().add("detail-section");
        Label hint = new Label(messages.get("units.internalHint"));
        hint.getStyleClass().add("draft-state");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Label result = new Label();
        result.setId("unitResult");
        result.getStyleClass().add("draft-state");
        result.textProperty().bind(vm.resultProperty());
        result.visibleProperty().bind(vm.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        root = new VBox(6, title, hint, rows, result);
        root.setId("unitTasks");
    }

    public void activate() {
        subscriptions.onChange(vm.lines(), rebuild);
        rebuild();
    }

    public void deactivate() {
        subscriptions.dispose();
    }

    public Node root() {
        return root;
    }

    private void rebuild() {
        root.setVisible(!vm.lines().isEmpty());
        root.setManaged(root.isVisible());
        rows.getChildren().setAll(vm.lines().stream().map(this::row).toList());
    }

    private Node row(UnitTasksViewModel.Line line) {
        Label unit = new Label(line.unitName());
        unit.getStyleClass().add("timeline-what");
        Label badge = new Label(line.badge());
        badge.getStyleClass().addAll("badge", line.urgency().styleClass());
        badge.setId("unitBadge-" + line.task().unitId());
        // A long unit name and its badge wrap rather than cut each other short.
        unit.setWrapText(true);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane head = new FlowPane(8, 4, unit, badge);
        head.setAlignment(Pos.CENTER_LEFT);
        Label detail = new Label(line.detail());
        detail.getStyleClass().add("timeline-when");
        detail.setWrapText(true);
        VBox box = new VBox(3, head, detail);
        if (!line.answer().isBlank()) {
            Label answer = new Label(line.answer());
            answer.getStyleClass().add("timeline-text");
            answer.setWrapText(true);
            box.getChildren().add(answer);
        }
        if (canAct) {
            FlowPane buttons = new FlowPane(6, 4);
            UnitTask t = line.task();
            if (t.isOpen()) {
                buttons.getChildren().addAll(
                        button("units.reply", "unitReply-" + t.unitId(), () -> replyDialog(t)),
                        button("units.remind", "unitRemind-" + t.unitId(), () -> textDialog(t, "units.remind", "units.remind.prompt", false)),
                        button("units.withdraw", "unitWithdraw-" + t.unitId(), () -> textDialog(t, "units.withdraw", "units.withdraw.prompt", true)));
            } else if (t.reply().isPresent()) {
                buttons.getChildren().add(button("units.quote.button", "unitQuote-" + t.unitId(), () -> vm.quote(t)));
            }
            box.getChildren().add(buttons);
        }
        box.getStyleClass().add("timeline-item");
        return box;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.getStyleClass().addAll("small", "flat");
        b.setOnAction(e -> action.run());
        return b;
    }

    private void replyDialog(UnitTask t) {
        TextArea answer = new TextArea();
        answer.setId("unitAnswerText");
        answer.setWrapText(true);
        answer.setPrefRowCount(5);
        answer.setPromptText(messages.get("units.reply.text"));
        TextField by = new TextField();
        by.setId("unitAnsweredBy");
        by.setPromptText(messages.get("units.reply.by"));
        DatePicker date = new DatePicker(LocalDate.ofInstant(vm.clock().instant(), vm.zone()));
        date.setId("unitAnsweredDate");
        TextField time = new TextField(LocalTime.ofInstant(vm.clock().instant(), vm.zone()).withSecond(0).withNano(0).toString());
        time.setId("unitAnsweredTime");
        time.setPrefColumnCount(5);
        Label problems = new Label();
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        GridPane grid = new GridPane(8, 6);
        grid.addRow(0, new Label(messages.get("units.reply.by")), by);
        grid.addRow(1, new Label(messages.get("units.reply.at")), new HBox(6, date, time));
        VBox content = new VBox(8, answer, grid, problems);
        ButtonType save = Dialogs.button(messages, "units.reply.save", ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = Dialogs.create(root.getScene() == null ? null : root.getScene().getWindow(),
                messages.get("units.reply"), t.unitName(), content, "unitReply", save, Dialogs.cancel(messages));
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            List<String> found;
            try {
                LocalTime at = LocalTime.parse(time.getText().strip());
                found = vm.reply(t, answer.getText(), by.getText(),
                        date.getValue().atTime(at).atZone(vm.zone()).toInstant());
            } catch (DateTimeParseException | NullPointerException ex) {
                found = List.of(messages.get("units.reply.badTime"));
            }
            if (!found.isEmpty()) {
                problems.setText(String.join("\n", found));
                e.consume();
            }
        });
        dialog.showAndWait();
    }

    private void textDialog(UnitTask t, String key, String promptKey, boolean required) {
        TextArea note = new TextArea();
        note.setId("unitNote");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText(messages.get(promptKey));
        Label problems = new Label();
        problems.getStyleClass().add("field-error");
        ButtonType ok = Dialogs.button(messages, key, ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = Dialogs.create(root.getScene() == null ? null : root.getScene().getWindow(),
                messages.get(key), t.unitName(), new VBox(8, note, problems), "unitText", ok, Dialogs.cancel(messages));
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            List<String> found = required ? vm.withdraw(t, note.getText()) : vm.remind(t, note.getText());
            if (!found.isEmpty()) {
                problems.setText(String.join("\n", found));
                e.consume();
            }
        });
        dialog.showAndWait();
    }
}
