package id.penghubung.ui.action;

import id.penghubung.model.UnitRef;
import id.penghubung.ui.common.Labels;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The disposition's fields in the action form: the unit, the further units the same instruction
 * goes to, and the units' due date (empty: the agency's policy), with the unit's problem under them.
 */
final class DisposeFields {
    private DisposeFields() {
    }

    static VBox box(ActionViewModel vm, Label unitError) {
        ComboBox<UnitRef> unit = new ComboBox<>(vm.units());
        unit.setId("unit");
        unit.setPromptText(vm.messages().get("ui.action.unit"));
        unit.setAccessibleText(vm.messages().get("ui.action.unit"));
        unit.setConverter(Labels.of(UnitRef::name));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        Labels.promptWhenEmpty(unit);
        // Issue 20: the same disposition to more units at once, and the units' due date (empty: the agency's policy).
        MenuButton also = new MenuButton(vm.messages().get("units.also"));
        also.setId("alsoUnits");
        also.setOnShowing(e -> also.getItems().setAll(vm.units().stream().map(u -> {
            CheckMenuItem item = new CheckMenuItem(u.name());
            item.setId("also-" + u.id());
            item.setSelected(vm.alsoUnits().contains(u));
            item.setOnAction(x -> {
                if (item.isSelected()) {
                    vm.alsoUnits().add(u);
                } else {
                    vm.alsoUnits().remove(u);
                }
            });
            return (MenuItem) item;
        }).toList()));
        Label alsoChosen = new Label();
        alsoChosen.setWrapText(true);
        alsoChosen.getStyleClass().add("draft-state");
        alsoChosen.textProperty().bind(Bindings.createStringBinding(() -> vm.alsoUnits().stream().map(UnitRef::name)
                .collect(Collectors.joining(", ")), vm.alsoUnits()));
        DatePicker due = new DatePicker();
        due.setId("unitDue");
        due.setPromptText(vm.messages().get("units.duePolicy"));
        due.setAccessibleText(vm.messages().get("units.duePolicy"));
        due.valueProperty().bindBidirectional(vm.unitDueProperty());
        FlowPane unitMore = new FlowPane(8, 4, also, due);
        return new VBox(2, unit, unitMore, alsoChosen, unitError);
    }
}
