package id.penghubung.ui.intake;

import id.penghubung.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The "Impor register" dialog: choose a CSV or XLSX register, watch its rows go into the outbox (a
 * progress bar, Cancel), then read which rows were refused and why.
 */
public final class RegisterImportDialog {
    private final RegisterImportViewModel vm;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final Function<Window, Optional<Path>> chooser;

    public RegisterImportDialog(RegisterImportViewModel vm, Window owner, Function<Window, Optional<Path>> chooser) {
        this.vm = vm;
        this.messages = vm.messages();
        this.chooser = chooser;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("ui.import.title"));
        stage.setScene(new Scene(build(), 760, 480));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    /** The system's file chooser for CSV and XLSX registers. */
    public static Function<Window, Optional<Path>> systemChooser(Messages messages) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("ui.import.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.import.fileKinds"), "*.csv", "*.xlsx"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        };
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private VBox build() {
        Label intro = new Label(messages.get("ui.import.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Button choose = new Button(messages.get("ui.import.choose"));
        choose.setId("importChoose");
        choose.setDefaultButton(true);
        choose.disableProperty().bind(vm.runningProperty());
        choose.setOnAction(e -> chooser.apply(stage).ifPresent(vm::start));
        Button cancel = new Button(messages.get("ui.import.cancel"));
        cancel.setId("importCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button(messages.get("ui.import.close"));
        close.setId("importClose");
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> stage.close());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("importStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        Label refusedTitle = new Label(messages.get("ui.import.refused"));
        refusedTitle.getStyleClass().add("section-title");
        TableView<RegisterImportViewModel.Refused> table = new TableView<>(vm.refused());
        table.setId("importRefused");
        table.setPlaceholder(new Label(messages.get("ui.import.noneRefused")));
        TableColumn<RegisterImportViewModel.Refused, Integer> row = new TableColumn<>(messages.get("ui.import.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        row.setPrefWidth(70);
        TableColumn<RegisterImportViewModel.Refused, String> reasons = new TableColumn<>(messages.get("ui.import.reasons"));
        reasons.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reasons()));
        reasons.prefWidthProperty().bind(table.widthProperty().subtract(row.widthProperty()).subtract(20));
        table.getColumns().add(row);
        table.getColumns().add(reasons);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox buttons = new HBox(8, choose, cancel, close);
        VBox root = new VBox(10, intro, buttons, bar, status, refusedTitle, table);
        root.setPadding(new Insets(16));
        root.setId("registerImport");
        return root;
    }
}
