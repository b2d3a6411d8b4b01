package id.penghubung.ui.intake;

import id.penghubung.i18n.Messages;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.store.CaseStore;
import id.penghubung.store.register.RegisterImport;
import id.penghubung.ui.action.ActionReference;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.common.Icons;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The sidebar's "Catat pengaduan" entry: opens the intake form, made once and kept with what was typed. */
public final class IntakeEntry {
    private IntakeEntry() {
    }

    public static Button button(CaseStore store, ActingAccount account, ActionReference reference, Background background,
            Clock clock, ZoneId zone, Messages messages, Executor fx, Supplier<Window> owner) {
        Button b = Icons.button(MaterialDesignP.PHONE_PLUS, messages.get("ui.intake.open"));
        b.setId("openIntake");
        b.getStyleClass().add("sidebar-item");
        b.setMaxWidth(Double.MAX_VALUE);
        IntakeView[] view = new IntakeView[1];
        b.setOnAction(e -> {
            if (view[0] == null) {
                Map<String, String> categories = reference == null ? Map.of() : reference.categories();
                view[0] = new IntakeView(new IntakeViewModel(new StoreIntakeData(store), account, categories, fx, background.io(), background.scheduler(),
                        clock, zone), messages);
            }
            view[0].show(owner.get());
        });
        return b;
    }

    /** The sidebar's "Impor register" entry: opens the register import dialog, made once; {@code onQueued} after rows were queued. */
    public static Button importButton(CaseStore store, ActingAccount account, ActionReference reference, Background background,
            Clock clock, ZoneId zone, Messages messages, Executor fx, Supplier<Window> owner, Runnable onQueued) {
        Button b = Icons.button(MaterialDesignF.FILE_IMPORT_OUTLINE, messages.get("ui.import.open"));
        b.setId("openRegisterImport");
        b.getStyleClass().add("sidebar-item");
        b.setMaxWidth(Double.MAX_VALUE);
        RegisterImportDialog[] dialog = new RegisterImportDialog[1];
        b.setOnAction(e -> {
            if (dialog[0] == null) {
                Map<String, String> categories = reference == null ? Map.of() : reference.categories();
                RegisterImportViewModel vm = new RegisterImportViewModel(messages,
                        new RegisterImport(store, account, new RegisterImport.Reference(categories, zone), clock), background.io(), fx);
                vm.setOnQueued(onQueued);
                dialog[0] = new RegisterImportDialog(vm, owner.get(), RegisterImportDialog.systemChooser(messages));
            }
            dialog[0].show();
        });
        return b;
    }
}
