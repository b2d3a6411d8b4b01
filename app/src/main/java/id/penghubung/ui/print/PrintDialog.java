package id.penghubung.ui.print;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.Icons;
import id.penghubung.ui.common.LockedWindows;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The "Cetak berkas" dialog: scope, one PDF or one each, reporter identities (off by default), internal
 * notes (only on a desk that has them); "Simpan sebagai PDF" asks
 * where, then a progress bar with Cancel; afterwards "Buka" and "Cetak ke printer". "Cetak ke
 * printer" before saving prints straight away and leaves no file.
 */
public final class PrintDialog {
    /** Where the files go: a PDF file, or a folder for one file each. Replaceable for tests. */
    @FunctionalInterface
    public interface TargetChooser {
        Optional<Path> choose(Window owner, boolean folder, String suggestedName, Messages messages);

        TargetChooser SYSTEM = (owner, folder, name, messages) -> {
            if (folder) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(messages.get("ui.print.chooseFolder"));
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("ui.print.saveAsPdf"));
            chooser.setInitialFileName(name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        };
    }

    private final PrintViewModel vm;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final TargetChooser chooser;
    private final Consumer<Path> opener;
    private final RadioButton selected = new RadioButton();
    private final RadioButton view = new RadioButton();

    public PrintDialog(PrintViewModel vm, Window owner, TargetChooser chooser, Consumer<Path> opener) {
        this.vm = vm;
        this.messages = vm.messages();
        this.chooser = chooser;
        this.opener = opener;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("ui.print.title"));
        stage.setScene(new Scene(build()));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setOnCloseRequest(e -> vm.cancel());
        // A lock hides it; it comes back after the unlock, with the batch's progress or outcome.
        LockedWindows.reopenAfterUnlock(stage);
    }

    private VBox build() {
        Label heading = new Label(messages.get("ui.print.title"));
        heading.getStyleClass().add("title-4");

        ToggleGroup scope = new ToggleGroup();
        selected.setToggleGroup(scope);
        selected.setId("printScopeSelected");
        view.setToggleGroup(scope);
        view.setId("printScopeView");
        scope.selectedToggleProperty().addListener((o, a, b) ->
                vm.scopeProperty().set(b == selected ? PrintViewModel.Scope.SELECTED : PrintViewModel.Scope.VIEW));

        ToggleGroup layout = new ToggleGroup();
        RadioButton one = new RadioButton(messages.get("ui.print.oneFile"));
        one.setId("printOneFile");
        one.setToggleGroup(layout);
        one.setSelected(true);
        RadioButton each = new RadioButton(messages.get("ui.print.oneEach"));
        each.setId("printEach");
        each.setToggleGroup(layout);
        each.selectedProperty().bindBidirectional(vm.oneFileEachProperty());

        CheckBox identities = new CheckBox(messages.get("ui.print.identities"));
        identities.setId("printIdentities");
        identities.setWrapText(true);
        identities.selectedProperty().bindBidirectional(vm.includeIdentitiesProperty());
        Label identitiesHint = hint("ui.print.identitiesHint");

        VBox options = new VBox(8, section("ui.print.scope"), selected, view, new Separator(),
                section("ui.print.layout"), one, each, new Separator(), identities, identitiesHint);
        if (vm.notesOffered()) {
            // A desk that never has internal notes (Ombudsman) is not offered the choice at all.
            CheckBox notes = new CheckBox(messages.get("ui.print.notes"));
            notes.setId("printNotes");
            notes.selectedProperty().bindBidirectional(vm.includeInternalNotesProperty());
            options.getChildren().addAll(notes, hint("ui.print.notesHint"));
        }
        if (vm.rankingOffered()) {
            CheckBox ranking = new CheckBox(messages.get("ui.print.ranking"));
            ranking.setId("printRanking");
            ranking.setWrapText(true);
            ranking.selectedProperty().bindBidirectional(vm.includeRankingProperty());
            ranking.disableProperty().bind(vm.oneFileEachProperty());
            options.getChildren().addAll(new Separator(), ranking, hint("ui.print.rankingHint"));
        }
        options.disableProperty().bind(vm.runningProperty().or(vm.outcomeProperty().isNotNull()));

        ProgressBar bar = new ProgressBar();
        bar.setId("printProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty().or(vm.outcomeProperty().isNotNull()));
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = new Label();
        status.setId("printStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        Button save = Icons.button(MaterialDesignF.FILE_PDF_BOX, messages.get("ui.print.saveAsPdf"));
        save.setId("printSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        save.visibleProperty().bind(vm.runningProperty().not().and(vm.outcomeProperty().isNull()));
        Button direct = Icons.button(MaterialDesignP.PRINTER, messages.get("ui.print.toPrinterButton"));
        direct.setId("printDirect");
        direct.setOnAction(e -> printDirect());
        direct.visibleProperty().bind(save.visibleProperty());
        Button cancel = Icons.button(MaterialDesignC.CLOSE_CIRCLE_OUTLINE, messages.get("ui.print.cancel"));
        cancel.setId("printCancel");
        cancel.setCancelButton(true);
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button open = Icons.button(MaterialDesignO.OPEN_IN_NEW, messages.get("ui.print.open"));
        open.setId("printOpen");
        Button printer = Icons.button(MaterialDesignP.PRINTER, messages.get("ui.print.toPrinterButton"));
        printer.setId("printToPrinter");
        var produced = Bindings.createBooleanBinding(() -> vm.outcomeProperty().get() != null
                && vm.outcomeProperty().get().produced() && !vm.runningProperty().get(),
                vm.outcomeProperty(), vm.runningProperty());
        open.visibleProperty().bind(produced);
        printer.visibleProperty().bind(produced);
        open.setOnAction(e -> open());
        printer.setOnAction(e -> toPrinter());
        Button close = new Button(messages.get("ui.print.close"));
        close.setId("printClose");
        close.visibleProperty().bind(vm.runningProperty().not());
        close.setOnAction(e -> stage.close());
        for (Button b : new Button[] {save, direct, cancel, open, printer, close}) {
            b.managedProperty().bind(b.visibleProperty());
            b.setMinWidth(Region.USE_PREF_SIZE); // labels whole, in either language
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, open, printer, spacer, direct, save, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, heading, options, bar, status, buttons);
        root.setId("printDialog");
        root.setPadding(new Insets(20));
        root.setPrefWidth(560);
        return root;
    }

    private Label hint(String key) {
        Label hint = new Label(messages.get(key));
        hint.getStyleClass().add("status-text");
        hint.setWrapText(true);
        return hint;
    }

    private Label section(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("text-bold");
        return l;
    }

    /** Shows the dialog for the current selection and view. */
    public void show() {
        if (vm.runningProperty().get()) {
            // Ctrl+P again while a batch is being written: back to it, never reset it.
            stage.toFront();
            return;
        }
        vm.prepare();
        selected.setText(vm.selectedLabel());
        view.setText(vm.viewLabel());
        selected.setDisable(vm.selected().isEmpty());
        (vm.scopeProperty().get() == PrintViewModel.Scope.SELECTED ? selected : view).setSelected(true);
        stage.show();
        stage.toFront();
    }

    private void save() {
        if (ready()) {
            boolean folder = vm.oneFileEachProperty().get();
            chooser.choose(stage, folder, vm.suggestedName(LocalDate.now(vm.zone())), messages).ifPresent(vm::start);
        }
    }

    /** True when the chosen scope holds anything; otherwise says so. */
    private boolean ready() {
        if (!vm.canStart()) {
            vm.noneChosen();
            return false;
        }
        return true;
    }

    private void printDirect() {
        if (ready()) {
            choosePrinter().ifPresent(vm::printDirect);
        }
    }

    private void open() {
        PrintViewModel.Outcome o = vm.outcomeProperty().get();
        if (o == null || !o.produced()) {
            return;
        }
        Path first = o.files().getFirst();
        opener.accept(o.files().size() == 1 ? first : first.toAbsolutePath().getParent());
    }

    private void toPrinter() {
        choosePrinter().ifPresent(vm::printTo);
    }

    /** The system print dialog; with no printer installed, says so instead. */
    private Optional<PagePrinter> choosePrinter() {
        if (!FxPagePrinter.available()) {
            vm.noPrinter();
            return Optional.empty();
        }
        return FxPagePrinter.choose(stage);
    }

    public Stage stage() {
        return stage;
    }
}
