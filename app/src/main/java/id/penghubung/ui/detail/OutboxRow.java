package id.penghubung.ui.detail;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.ActionDescription;
import id.penghubung.ui.common.Dialogs;
import id.penghubung.ui.common.Icons;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * A queued action in full, readable at any pane width: its type and state, to whom it goes and
 * what it does, its whole text, its attachments by name, and buttons that wrap to a new line
 * rather than shrink to "…".
 */
final class OutboxRow {
    private final DetailViewModel vm;
    private final Messages messages;
    private final Supplier<Window> owner;

    /** {@code owner} is the window the discard and conflict dialogs open over. */
    OutboxRow(DetailViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.messages = vm.messages();
        this.owner = owner;
    }

    Node of(OutboxLine line) {
        ActionDescription d = line.description();
        Label what = DetailNodes.fixed(new Label(line.what()));
        what.getStyleClass().addAll("timeline-what", "outbox-type");
        Label state = DetailNodes.fixed(new Label(line.state()));
        state.getStyleClass().addAll("badge", "outbox-state", line.needsDecision() ? "badge-overdue" : "badge-stopped");
        FlowPane head = new FlowPane(8, 4, what, state);
        VBox row = new VBox(4, head, DetailNodes.wrapped(d.recipient(), "outbox-recipient"));
        if (!d.effect().isBlank()) {
            row.getChildren().add(DetailNodes.wrapped(d.effect(), "outbox-effect"));
        }
        row.getChildren().add(DetailNodes.wrapped(d.text(), "outbox-text"));
        if (line.late().isEmpty()) {
            row.getChildren().add(DetailNodes.wrapped(line.written(), "outbox-written"));
        } else {
            Label late = DetailNodes.wrapped(line.late(), "outbox-late");
            late.getStyleClass().add("diff-old");
            late.setGraphic(Icons.icon(MaterialDesignC.CLOCK_ALERT_OUTLINE));
            row.getChildren().add(late);
        }
        if (line.diff() != null && !line.diff().rejection().isEmpty()) {
            row.getChildren().add(DetailNodes.wrapped(messages.get("ui.outbox.refused", line.diff().rejection()), "outbox-refusal"));
        }
        if (!d.attachments().isEmpty()) {
            Label files = DetailNodes.wrapped(messages.get("ui.action.attachments", String.join(", ", d.attachments())),
                    "outbox-attachments");
            files.setGraphic(Icons.icon(MaterialDesignP.PAPERCLIP));
            row.getChildren().add(files);
        }
        row.getStyleClass().add("outbox-item");
        FlowPane buttons = new FlowPane(6, 6);
        if (line.needsDecision()) {
            decisionButtons(line, buttons);
        }
        if (line.withdrawable()) {
            Button withdraw = button(MaterialDesignC.CLOSE_CIRCLE_OUTLINE, "ui.outbox.withdraw", "withdraw");
            withdraw.setOnAction(e -> vm.withdraw(line));
            buttons.getChildren().add(withdraw);
        }
        if (!buttons.getChildren().isEmpty()) {
            row.getChildren().add(buttons);
        }
        return row;
    }

    /** A conflict or a refusal waits for the officer: show the changes, resend (when allowed), edit, discard. */
    private void decisionButtons(OutboxLine line, FlowPane buttons) {
        Button changes = button(MaterialDesignC.COMPARE_HORIZONTAL, "ui.conflict.show", "show-changes");
        changes.setOnAction(e -> {
            if (ConflictDialog.show(owner.get(), messages, line.what(), vm.diff(line))) {
                vm.resend(line);
            }
        });
        Button resend = button(MaterialDesignS.SEND_OUTLINE, "ui.conflict.resend", "resend");
        resend.setOnAction(e -> vm.resend(line));
        Button edit = button(MaterialDesignP.PENCIL_OUTLINE, "ui.conflict.edit", "edit");
        edit.setOnAction(e -> vm.edit(line));
        Button discard = button(MaterialDesignD.DELETE_OUTLINE, "ui.conflict.discard", "discard");
        discard.setOnAction(e -> {
            if (Dialogs.confirm(owner.get(), messages.get("ui.conflict.discardTitle"),
                    messages.get("ui.conflict.discardTitle"), DetailNodes.wrapped(messages.get("ui.conflict.discardText",
                            line.what()), "dialog-text"), "discardDialog",
                    Dialogs.button(messages.get("ui.conflict.discardConfirm"), ButtonBar.ButtonData.OK_DONE),
                    Dialogs.cancel(messages))) {
                vm.discard(line);
            }
        });
        buttons.getChildren().add(changes);
        if (line.diff().resendable()) {
            buttons.getChildren().add(resend);
        }
        buttons.getChildren().addAll(edit, discard);
    }

    private Button button(Ikon icon, String key, String style) {
        Button b = DetailNodes.fixed(Icons.button(icon, messages.get(key)));
        b.getStyleClass().add(style);
        return b;
    }
}
