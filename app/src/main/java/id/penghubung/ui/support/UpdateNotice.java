package id.penghubung.ui.support;

import id.penghubung.i18n.Messages;
import id.penghubung.store.account.Account;
import id.penghubung.sync.ClientUpdates;
import id.penghubung.ui.app.Desk;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * "Versi baru tersedia", once per version, with the notes and where IT gets it: from the server's
 * reference data as last fetched, else from the configured release file ({@link ClientUpdates}).
 * Checked in the background when the desk opens; never downloads or installs, silent when offline.
 */
public final class UpdateNotice {
    private UpdateNotice() {
    }

    public static void check(Window owner, Desk desk, Path dataFolder, Executor io) {
        Messages messages = desk.messages();
        io.execute(() -> {
            ClientUpdates updates = new ClientUpdates(dataFolder, AppVersion.current());
            updates.pending(SignedInAccount.of(dataFolder, desk).map(Account::referenceFile)).ifPresent(next -> {
                updates.markAnnounced(next);
                Platform.runLater(() -> Notifications.create().owner(owner)
                        .title(messages.get("ui.update.title", next.version()))
                        .text(messages.get("ui.update.text", next.version(), AppVersion.current(), next.notes(),
                                next.downloadUrl()))
                        .hideAfter(Duration.seconds(30))
                        .showInformation());
            });
        });
    }
}
