package id.penghubung.store.account;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Earlier releases kept one folder per host and user ({@code <host>_<user>}), so two servers on one
 * host (training servers on different ports) shared a folder. Each account folder is renamed to
 * the name its own {@code account.json} calls for (the host and port of its last server): the
 * folder moves whole, key, cache, attachments and all, and nothing is copied or deleted.
 */
final class LegacyFolders {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyFolders.class);

    private LegacyFolders() {
    }

    static int migrate(Path accountsFolder) {
        if (!Files.isDirectory(accountsFolder)) {
            return 0;
        }
        int moved = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(accountsFolder, Files::isDirectory)) {
            for (Path folder : folders) {
                if (move(accountsFolder, folder)) {
                    moved++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Account folders not checked for the older layout: {}", e.getClass().getSimpleName());
        }
        return moved;
    }

    private static boolean move(Path accountsFolder, Path folder) {
        Path file = folder.resolve(AccountRegistry.ACCOUNT_FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Path target;
        try {
            Account account = AccountRegistry.read(file);
            target = AccountRegistry.folderName(accountsFolder, AccountRegistry.serverKey(account.lastServer()), account.username());
        } catch (RuntimeException damaged) {
            LOG.warn("Account folder {} left as it is: {}", folder.getFileName(), damaged.getClass().getSimpleName());
            return false;
        }
        if (target.equals(folder) || Files.exists(target)) {
            return false;
        }
        try {
            try {
                Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(folder, target);
            }
            LOG.info("Account folder {} renamed to {} (host and port)", folder.getFileName(), target.getFileName());
            return true;
        } catch (IOException e) {
            // Tried again at the next start; until then the account is not found under its new name.
            LOG.warn("Account folder {} could not be renamed: {}", folder.getFileName(), e.getClass().getSimpleName());
            return false;
        }
    }
}
