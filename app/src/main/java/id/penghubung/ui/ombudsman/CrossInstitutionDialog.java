package id.penghubung.ui.ombudsman;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.DialogSize;
import id.penghubung.ui.common.Dialogs;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Ombudsman's cross-institution view as a window: the groups side by side, then the redirect loops. */
public final class CrossInstitutionDialog {
    private CrossInstitutionDialog() {
    }

    public static void show(Window owner, CrossInstitutionViewModel vm) {
        Messages m = vm.messages();
        TableView<InstitutionMember> groups = new TableView<>(vm.groups());
        groups.setId("crossGroups");
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        groups.getColumns().addAll(List.of(
                text(m.get("ui.cross.col.group"), InstitutionMember::group, 110),
                text(m.get("ui.cross.col.tracking"), r -> "#" + r.trackingId(), 80),
                text(m.get("ui.cross.col.agency"), InstitutionMember::agency, 170),
                text(m.get("ui.cross.col.status"), InstitutionMember::status, 110),
                text(m.get("ui.cross.col.title"), InstitutionMember::title, 220),
                text(m.get("ui.cross.col.answer"), InstitutionMember::answer, 300)));
        TableView<LoopRow> loops = new TableView<>(vm.loops());
        loops.setId("crossLoops");
        loops.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LoopRow, Integer> lost = new TableColumn<>(m.get("ui.cross.col.lost"));
        lost.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().workingDaysLost()));
        lost.setPrefWidth(110);
        loops.getColumns().addAll(List.of(
                text(m.get("ui.cross.col.tracking"), r -> "#" + r.trackingId(), 80),
                text(m.get("ui.cross.col.path"), LoopRow::path, 330),
                text(m.get("ui.cross.col.span"), LoopRow::span, 200)));
        loops.getColumns().add(lost);
        loops.getColumns().add(text(m.get("ui.cross.col.title"), LoopRow::title, 260));
        Label state = new Label();
        state.setId("crossState");
        state.setWrapText(true);
        state.textProperty().bind(vm.stateProperty());
        Label groupsTitle = new Label(m.get("ui.cross.groups"));
        groupsTitle.getStyleClass().add("detail-section");
        Label loopsTitle = new Label(m.get("ui.cross.loops"));
        loopsTitle.getStyleClass().add("detail-section");
        VBox.setVgrow(groups, Priority.ALWAYS);
        VBox.setVgrow(loops, Priority.ALWAYS);
        groups.setMinHeight(160);
        loops.setMinHeight(100);
        VBox content = new VBox(8, state, groupsTitle, groups, loopsTitle, loops);
        Dialog<Void> dialog = Dialogs.create(owner, m.get("ui.cross.title"), m.get("ui.cross.header"), content, "crossInstitution",
                Dialogs.close(m));
        DialogSize.fit(dialog, owner, 900, 520);
        dialog.show();
        vm.load();
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
