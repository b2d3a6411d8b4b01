package id.penghubung.ui.support;

import id.penghubung.i18n.Messages;
import id.penghubung.store.account.Account;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.common.Icons;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sidebar's "file for IT support" button: the same zip as {@code penghubung diagnose}, for the
 * signed-in account, written in the background to where the officer chooses.
 */
public final class DiagnoseAction {
    private static final Logger LOG = LoggerFactory.getLogger(DiagnoseAction.class);

    private DiagnoseAction() {
    }

    public static Button button(Window owner, Desk desk, Path dataFolder, Background background) {
        Messages messages = desk.messages();
        Button button = Icons.iconButton(MaterialDesignL.LIFEBUOY, messages.get("ui.diagnose.button"));
        button.setId("diagnose");
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("ui.diagnose.button"));
            chooser.setInitialFileName("penghubung-diagnosa-" + LocalDate.now(desk.zone()) + ".zip");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP", "*.zip"));
            File chosen = chooser.showSaveDialog(owner);
            if (chosen == null) {
                return;
            }
            button.setDisable(true);
            background.io().execute(() -> write(owner, desk, dataFolder, chosen.toPath(), button));
        });
        return button;
    }

    private static void write(Window owner, Desk desk, Path dataFolder, Path target, Button button) {
        Messages messages = desk.messages();
        try {
            Account account = SignedInAccount.of(dataFolder, desk)
                    .orElseThrow(() -> new IOException("No account holds " + desk.store().file()));
            new Diagnostics(dataFolder, account, desk.store(), AppVersion.current(), desk.clock()).writeZip(target);
            Platform.runLater(() -> {
                button.setDisable(false);
                Notifications.create().owner(owner).title(messages.get("ui.diagnose.button"))
                        .text(messages.get("ui.diagnose.done", target)).showInformation();
            });
        } catch (IOException | RuntimeException ex) {
            LOG.warn("Diagnostics not written: {}", ex.toString());
            Platform.runLater(() -> {
                button.setDisable(false);
                Notifications.create().owner(owner).title(messages.get("ui.diagnose.button"))
                        .text(messages.get("ui.diagnose.failed")).showError();
            });
        }
    }
}
