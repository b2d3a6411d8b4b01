package id.penghubung.cli;

import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Points the rolling log file at the data folder. Must run before the first logger is created,
 * because Logback reads its configuration once.
 */
public final class Logging {
    public static final String LOG_DIR_PROPERTY = "penghubung.log.dir";

    private Logging() {
    }

    public static Path configure(Path dataDirectory) {
        Path logDirectory = dataDirectory.resolve("logs");
        try {
            // The data folder and its logs are the OS user's alone (0700; a no-op on Windows).
            OwnerOnly.createDirectories(dataDirectory);
            OwnerOnly.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the log folder " + logDirectory, e);
        }
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logDirectory.toString());
        }
        return Path.of(System.getProperty(LOG_DIR_PROPERTY));
    }
}
