package id.penghubung.ui.detail;

import id.penghubung.model.ActionType;
import id.penghubung.ui.common.ViewSubscriptions;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Under the clocks when the reporter's reply window lapsed: the notice and one button for each action
 * LAPOR! allows then; a button only chooses that action in the editor, the officer writes and sends.
 */
final class ReplyLapseBar extends VBox {
    private final DetailViewModel vm;
    private final Runnable fill;
    private final ListChangeListener<ActionType> refill;

    ReplyLapseBar(DetailViewModel vm) {
        super(6);
        Label text = new Label();
        text.setId("replyLapse");
        text.setWrapText(true);
        text.getStyleClass().add("draft-state");
        text.textProperty().bind(vm.replyLapseProperty());
        FlowPane buttons = new FlowPane(8, 6);
        this.vm = vm;
        this.fill = () -> buttons.getChildren().setAll(vm.lapseActions().stream().map(type -> button(vm, type)).toList());
        this.refill = change -> fill.run();
        fill.run();
        getChildren().setAll(text, buttons);
        visibleProperty().bind(vm.replyLapseProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    /** Follows the model's offers while the pane is shown (the pane's activate/deactivate). */
    void subscribe(ViewSubscriptions subscriptions) {
        subscriptions.onChange(vm.lapseActions(), refill);
        fill.run();
    }

    private static Button button(DetailViewModel vm, ActionType type) {
        Button b = new Button(vm.messages().label(type));
        b.setId("lapse-" + type.name());
        b.setOnAction(e -> vm.choose(type));
        return b;
    }
}
