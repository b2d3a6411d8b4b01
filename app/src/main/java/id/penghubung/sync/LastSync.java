package id.penghubung.sync;

import id.penghubung.store.account.Account;
import id.penghubung.store.export.PrivateFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the account last synced successfully on this computer, kept in its folder ({@code last-sync.txt},
 * an ISO instant), so the status bar says the truth across sign-ins, offline ones included. Not secret
 * and not a security decision (the offline period is {@link OnlineSignIns}'s sealed record).
 */
public final class LastSync {
    public static final String FILE_NAME = "last-sync.txt";
    private static final Logger LOG = LoggerFactory.getLogger(LastSync.class);

    private LastSync() {
    }

    static Path file(Account account) {
        return account.folder().resolve(FILE_NAME);
    }

    /** The last successful sync, or empty (never, or the file is missing or damaged). */
    public static Optional<Instant> read(Account account) {
        try {
            return Optional.of(Instant.parse(Files.readString(file(account), StandardCharsets.US_ASCII).strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | DateTimeException e) {
            LOG.warn("The last sync time of {} does not read: {}", account, e.getMessage());
            return Optional.empty();
        }
    }

    /** A sync just succeeded at {@code at}; a failure to write is logged, never thrown (the sync did land). */
    public static void write(Account account, Instant at) {
        try {
            PrivateFile.write(file(account), out -> {
                out.write(at.toString().getBytes(StandardCharsets.US_ASCII));
                return null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot save the last sync time of {}: {}", account, e.toString());
        }
    }
}
