package id.penghubung.ui.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes {@code settings.json}; writes go to a temporary file first, off the FX thread. */
public final class SettingsFile {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Executor writer;
    /** The newest settings not yet written; a write always takes the newest, so the last save wins. */
    private final AtomicReference<Settings> newest = new AtomicReference<>();

    public SettingsFile(Path dataDirectory, Executor writer) {
        this.file = dataDirectory.resolve("settings.json");
        this.writer = writer;
    }

    public Path path() {
        return file;
    }

    /** The saved settings, or the defaults when there are none or they cannot be read. */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            // A hand-edited or hostile file cannot set an idle time the desk does not offer.
            return JSON.readValue(file.toFile(), Settings.class).bounded();
        } catch (IOException e) {
            // A damaged settings file must not stop the desk from opening: start from the defaults.
            LOG.warn("Settings unreadable, using defaults: {}", e.getMessage());
            return Settings.defaults();
        }
    }

    /**
     * Saves in the background; the last save wins even when the writer runs its tasks on several
     * threads in any order: each task writes whatever is newest when it gets the file.
     */
    public void save(Settings settings) {
        newest.set(settings);
        writer.execute(this::writeNewest);
    }

    public void saveNow(Settings settings) {
        newest.set(settings);
        writeNewest();
    }

    private synchronized void writeNewest() {
        Settings settings = newest.getAndSet(null);
        if (settings == null) {
            return; // a later task's settings were already written by an earlier task
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("settings.json.tmp");
            JSON.writeValue(tmp.toFile(), settings);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Settings not saved: {}", e.getMessage());
        }
    }
}
