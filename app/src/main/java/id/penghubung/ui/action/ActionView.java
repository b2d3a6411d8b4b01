package id.penghubung.ui.action;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Complaint;
import id.penghubung.model.CompletionTier;
import id.penghubung.ui.common.Icons;
import id.penghubung.ui.common.Labels;
import id.penghubung.ui.common.ViewSubscriptions;
import java.io.File;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The action form: what to do (respond, dispose, bukan wewenang, ask the reporter, complete, note),
 * the text with response templates, a unit or institution when needed, each field's problems under
 * it, the draft's state, and "Masukkan ke kotak keluar" (Ctrl+Enter).
 */
public final class ActionView {
    public static final KeyCombination QUEUE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final ActionViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TextArea text = new TextArea();
    private final ComboBox<ActionType> type;
    private final Label textError = error();
    private final Label unitError = error();
    private final Label agencyError = error();
    private final Label formError = error();
    private final MapChangeListener<String, String> problemsListener = c -> showProblems();
    private final ChangeListener<Complaint> complaintListener = (o, a, b) -> allowedTypes(b);
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();
    private final ComboBox<TemplateOption> templates;
    private final FlowPane chips = new FlowPane(6, 6);

    public ActionView(ActionViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
        root.getStyleClass().add("action-form");
        root.setMinWidth(0);
        root.setId("actionForm");

        type = new ComboBox<>(FXCollections.observableArrayList(FormTypes.offered(null)));
        type.setId("actionType");
        type.setConverter(Labels.of(messages::label));
        // Not a bidirectional binding: replacing the items may clear the combo's value for a moment,
        // and the form must never act on "no type".
        type.setAccessibleText(messages.get("ui.action.type"));
        // Which action this is matters most: it keeps its width, the template list and the draft state give way.
        type.setMinWidth(Region.USE_PREF_SIZE);

        // Only the templates written for this kind of action ("Bukan kewenangan instansi" under Bukan wewenang).
        templates = new ComboBox<>(vm.templatesForType());
        templates.setId("templates");
        templates.setPromptText(messages.get("ui.action.template"));
        templates.setAccessibleText(messages.get("ui.action.template"));
        // No answer templates where this role may not answer (the reason takes their place, issue 20).
        templates.visibleProperty().bind(Bindings.isNotEmpty(vm.templatesForType()).and(vm.roleRefusalProperty().isEmpty()));
        templates.managedProperty().bind(templates.visibleProperty());
        templates.setMinWidth(Region.USE_PREF_SIZE);
        Labels.promptWhenEmpty(templates); // wraps to its own line rather than reading "Tem…"
        templates.setOnAction(e -> {
            if (templates.getValue() != null) {
                vm.applyTemplate(templates.getValue());
                // Back to "Templat jawaban": the list offers, it does not stay chosen.
                Platform.runLater(() -> templates.setValue(null));
            }
        });

        Label heading = new Label(messages.get("ui.action.heading"));
        heading.getStyleClass().add("detail-section");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label draft = new Label();
        draft.setId("draftState");
        draft.getStyleClass().add("draft-state");
        draft.setMinWidth(0);
        draft.textProperty().bind(vm.draftStateProperty());
        // On a narrow pane the template list and the draft state move to the next line; nothing is cut.
        FlowPane top = new FlowPane(8, 6, heading, type, templates, draft);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox unitBox = DisposeFields.box(vm, unitError);
        unitBox.visibleProperty().bind(vm.typeProperty().isEqualTo(ActionType.DISPOSE));
        unitBox.managedProperty().bind(unitBox.visibleProperty());

        ComboBox<AgencyRef> agency = new ComboBox<>(vm.otherAgencies());
        agency.setId("suggestedAgency");
        agency.setPromptText(messages.get("ui.action.suggestedAgency"));
        agency.setAccessibleText(messages.get("ui.action.suggestedAgency"));
        agency.setConverter(Labels.of(AgencyRef::name));
        agency.valueProperty().bindBidirectional(vm.suggestedAgencyProperty());
        Labels.promptWhenEmpty(agency);
        VBox agencyBox = new VBox(2, agency, agencyError);
        agencyBox.visibleProperty().bind(vm.typeProperty().isEqualTo(ActionType.NOT_AUTHORIZED));
        agencyBox.managedProperty().bind(agencyBox.visibleProperty());

        ComboBox<CompletionTier> tier = new ComboBox<>(FXCollections.observableArrayList(CompletionTier.values()));
        tier.setId("tier");
        tier.setAccessibleText(messages.get("ui.action.tier"));
        tier.setConverter(Labels.of(messages::label));
        tier.valueProperty().bindBidirectional(vm.tierProperty());
        tier.visibleProperty().bind(vm.typeProperty().isEqualTo(ActionType.SET_TIER));
        tier.managedProperty().bind(tier.visibleProperty());
        // The tier is the whole action: no text to write.
        text.visibleProperty().bind(vm.typeProperty().isNotEqualTo(ActionType.SET_TIER));
        text.managedProperty().bind(text.visibleProperty());

        text.setId("actionText");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.textProperty().bindBidirectional(vm.textProperty());
        text.promptTextProperty().bind(Bindings.createStringBinding(() -> prompt(vm.typeProperty().get()),
                vm.typeProperty()));
        text.accessibleTextProperty().bind(text.promptTextProperty());
        VBox.setVgrow(text, Priority.ALWAYS);

        Button queue = Icons.button(MaterialDesignS.SEND_OUTLINE, messages.get("ui.action.queue"));
        // Where the agency reviews public answers, the button says where the answer goes (issue 20).
        queue.textProperty().bind(Bindings.createStringBinding(() -> messages.get(vm.queueKey()),
                vm.submitsForReviewProperty(), vm.typeProperty()));
        queue.setId("queue");
        queue.getStyleClass().add("accent");
        queue.setMinWidth(Region.USE_PREF_SIZE);
        // The agency's review policy keeps this role from the chosen answer: disabled, with the reason beside it (issue 20).
        queue.disableProperty().bind(vm.busyProperty().or(vm.complaintProperty().isNull())
                .or(vm.roleRefusalProperty().isNotEmpty()));
        Label refusal = new Label();
        refusal.setId("roleRefusal");
        refusal.getStyleClass().add("action-refusal");
        refusal.setGraphic(Icons.icon(MaterialDesignA.ACCOUNT_LOCK_OUTLINE));
        refusal.setWrapText(true);
        refusal.setMinHeight(Region.USE_PREF_SIZE);
        refusal.textProperty().bind(vm.roleRefusalProperty());
        refusal.visibleProperty().bind(vm.roleRefusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        queue.setOnAction(e -> vm.queue());
        Label result = new Label();
        result.setId("actionResult");
        result.textProperty().bind(vm.resultProperty());
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.visibleProperty().bind(vm.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        Label hint = new Label(messages.get("ui.action.queueHint"));
        hint.getStyleClass().add("draft-state");
        hint.setMinWidth(Region.USE_PREF_SIZE);
        queue.setTooltip(new Tooltip(messages.get("ui.action.queueHint")));
        // On a narrow pane the queue button goes to its own line rather than past the pane's edge.
        FlowPane bottom = new FlowPane(8, 6, hint, queue);
        bottom.setAlignment(Pos.CENTER_RIGHT);

        Button attach = Icons.button(MaterialDesignP.PAPERCLIP,
                messages.get("ui.action.attach"));
        attach.setId("attach");
        attach.visibleProperty().bind(vm.canAttachProperty().and(vm.typeProperty().isEqualTo(ActionType.RESPOND)
                .or(vm.typeProperty().isEqualTo(ActionType.COMPLETE))));
        attach.managedProperty().bind(attach.visibleProperty());
        attach.setMinWidth(Region.USE_PREF_SIZE);
        attach.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            List<File> picked = chooser.showOpenMultipleDialog(root.getScene().getWindow());
            if (picked != null) {
                picked.forEach(f -> vm.attach(f.toPath()));
            }
        });
        bottom.getChildren().add(0, attach);
        // On a narrow pane the shortcut hint goes (it is in the button's tooltip), never shown as "C…".
        // Nor beside a button the review policy disabled (issue 20).
        hint.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.roleRefusalProperty().get().isEmpty() && bottom.getWidth()
                >= (attach.isVisible() ? attach.prefWidth(-1) : 0) + queue.prefWidth(-1) + hint.prefWidth(-1) + 40,
                bottom.widthProperty(), attach.visibleProperty(), vm.roleRefusalProperty()));
        hint.managedProperty().bind(hint.visibleProperty());
        root.getChildren().addAll(top, formError, unitBox, agencyBox, tier, text, textError, chips, result, refusal, bottom);
        root.disableProperty().bind(vm.complaintProperty().isNull());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (QUEUE.match(e)) {
                vm.queue();
                e.consume();
            }
        });
    }

    private void showChips() {
        chips.getChildren().setAll(vm.attachments().stream().map(p -> {
            Button chip = Icons.button(MaterialDesignC.CLOSE,
                    messages.get("ui.action.detach", p.fileName()));
            chip.setText(p.fileName());
            chip.getStyleClass().addAll("small", "flat");
            chip.setOnAction(e -> vm.detach(p));
            return (Node) chip;
        }).toList());
    }

    private String prompt(ActionType t) {
        return messages.get(switch (t == null ? ActionType.RESPOND : t) {
            case RESPOND -> "ui.action.prompt.respond";
            case DISPOSE -> "ui.action.prompt.dispose";
            case NOT_AUTHORIZED -> "ui.action.prompt.notAuthorized";
            case REQUEST_INFO -> "ui.action.prompt.requestInfo";
            case COMPLETE -> "ui.action.prompt.complete";
            case CREATE -> "ui.intake.prompt.body";
            case NOTE, LINK, UNLINK -> "ui.action.prompt.note";
            case UNIT_REPLY, UNIT_REMIND, UNIT_WITHDRAW -> "ui.action.prompt.note";
            case SET_TIER -> "ui.action.prompt.setTier";
            case EXTEND -> "ui.action.prompt.extend";
            case SUBMIT_REVIEW, APPROVE, RETURN -> "ui.action.prompt.respond";
        });
    }

    /** Offers only what the status allows, so the officer is not led into a refusal. */
    private void allowedTypes(Complaint c) {
        if (c == null) {
            return;
        }
        ActionType current = type.getValue();
        type.getItems().setAll(FormTypes.offered(c.status()));
        if (current != null && type.getItems().contains(current)) {
            type.setValue(current);
        } else if (!type.getItems().isEmpty()) {
            type.setValue(type.getItems().get(0));
        }
    }

    private static Label error() {
        Label l = new Label();
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // a problem is read in full, the text area gives way
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }

    private void showProblems() {
        show(textError, vm.problems().get(ActionViewModel.FIELD_TEXT));
        show(unitError, vm.problems().get(ActionViewModel.FIELD_UNIT));
        show(agencyError, vm.problems().get(ActionViewModel.FIELD_AGENCY));
        show(formError, vm.problems().get(ActionViewModel.FIELD_FORM));
    }

    private static void show(Label l, String message) {
        boolean on = message != null && !message.isBlank();
        l.setText(on ? message : "");
        l.setVisible(on);
        l.setManaged(on);
    }

    public void activate() {
        type.setValue(vm.typeProperty().get());
        subscriptions.onChange(type.valueProperty(), (o, a, b) -> {
            if (b != null) {
                vm.typeProperty().set(b);
            }
        });
        subscriptions.onChange(vm.typeProperty(), (o, a, b) -> {
            type.setValue(b);
            templates.setValue(null); // another type, other templates
        });
        subscriptions.onChange(vm.attachments(), (ListChangeListener<ActionViewModel.Picked>) c ->
                showChips());
        showChips();
        subscriptions.onChange(vm.problems(), problemsListener);
        subscriptions.onChange(vm.complaintProperty(), complaintListener);
        vm.setConfirmer((c, d) -> ConfirmDialog.ask(root.getScene() == null ? null : root.getScene().getWindow(),
                messages, c, d));
        allowedTypes(vm.complaintProperty().get());
        vm.activate();
    }

    public void deactivate() {
        subscriptions.dispose();
        // No form on screen, no one to confirm to: nothing public is queued until a form is back.
        vm.setConfirmer((c, d) -> false);
        vm.flush();
    }

    public void focusText() {
        text.requestFocus();
    }

    public Node root() {
        return root;
    }
}
