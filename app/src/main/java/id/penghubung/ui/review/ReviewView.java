package id.penghubung.ui.review;

import id.penghubung.i18n.Messages;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Persetujuan jawaban" in the complaint's detail (issue 20): the waiting draft and, for an approver,
 * approve or return with notes; a returned draft with its notes and "Sunting lagi". Hidden while the
 * complaint has no draft in review.
 */
public final class ReviewView {
    private final VBox root;

    public ReviewView(ReviewViewModel vm, boolean canAct) {
        Messages messages = vm.messages();
        Label title = new Label(messages.get("ui.review.section"));
        title.getStyleClass().add("detail-section");
        Label heading = wrapped();
        heading.textProperty().bind(vm.headingProperty());
        Label clocks = wrapped();
        clocks.setText(messages.get("ui.review.clocksRun"));
        clocks.getStyleClass().add("draft-state");
        TextArea draft = new TextArea();
        draft.setId("reviewDraft");
        draft.setEditable(false);
        draft.setWrapText(true);
        draft.setPrefRowCount(4);
        draft.textProperty().bind(vm.draftTextProperty());
        draft.setAccessibleText(messages.get("ui.review.draft"));
        Label notes = wrapped();
        notes.setId("reviewNotes");
        notes.textProperty().bind(vm.notesProperty().map(n -> n.isBlank() ? "" : messages.get("ui.review.notes", n)));
        bindShown(notes, vm.returnedProperty());

        TextArea returnNotes = new TextArea();
        returnNotes.setId("reviewReturnNotes");
        returnNotes.setPromptText(messages.get("ui.review.returnPrompt"));
        returnNotes.setAccessibleText(messages.get("ui.review.returnPrompt"));
        returnNotes.setWrapText(true);
        returnNotes.setPrefRowCount(2);
        Label problems = wrapped();
        problems.setId("reviewProblems");
        problems.getStyleClass().add("error");
        Button approve = new Button(messages.get("ui.review.approve"));
        approve.setId("reviewApprove");
        approve.getStyleClass().add("accent");
        approve.setOnAction(e -> problems.setText(String.join("\n", vm.approve())));
        Button back = new Button(messages.get("ui.review.return"));
        back.setId("reviewReturn");
        back.setOnAction(e -> {
            List<String> found = vm.returnWithNotes(returnNotes.getText());
            problems.setText(String.join("\n", found));
            if (found.isEmpty()) {
                returnNotes.clear();
            }
        });
        VBox decide = new VBox(6, returnNotes, new FlowPane(8, 6, approve, back));
        Button rework = new Button(messages.get("ui.review.rework"));
        rework.setId("reviewRework");
        rework.setOnAction(e -> vm.reworkReturned());
        Label result = wrapped();
        result.setId("reviewResult");
        result.getStyleClass().add("draft-state");
        result.textProperty().bind(vm.resultProperty());
        root = new VBox(6, title, heading, clocks, draft, notes, decide, rework, problems, result);
        root.setId("reviewPane");
        if (canAct) {
            bindShown(decide, vm.canDecideProperty());
            bindShown(rework, vm.returnedProperty());
        } else {
            show(decide, false);
            show(rework, false);
        }
        bindShown(root, vm.shownProperty());
    }

    private static Label wrapped() {
        Label l = new Label();
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static void bindShown(Node n, ObservableBooleanValue value) {
        n.visibleProperty().bind(value);
        n.managedProperty().bind(value);
    }

    private static void show(Node n, boolean value) {
        n.setVisible(value);
        n.setManaged(value);
    }

    public Node root() {
        return root;
    }
}
