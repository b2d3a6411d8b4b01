package id.penghubung.ui.common;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.store.crypto.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.json}; writes go to a temporary file first, off the FX thread. The desk reads it on
 * the JavaFX thread before its window shows, with Jackson's streaming parser ({@link JsonTree}): building the process's
 * first {@code ObjectMapper} there cost the start about a twentieth of a second (issue 19).
 */
public final class SettingsFile {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

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
            JsonNode tree = JsonTree.read(file);
            if (!tree.isObject()) {
                throw new IOException("not a JSON object");
            }
            // A hand-edited or hostile file cannot set an idle time the desk does not offer.
            return fromTree(tree).bounded();
        } catch (IOException e) {
            // A damaged settings file must not stop the desk from opening: start from the defaults.
            LOG.warn("Settings unreadable, using defaults: {}", e.getMessage());
            return Settings.defaults();
        }
    }

    /** A field absent, null or not of its type keeps the default's value; unknown fields are ignored. */
    private static Settings fromTree(JsonNode t) {
        Settings d = Settings.defaults();
        return new Settings(real(t, "x", d.x()), real(t, "y", d.y()), real(t, "width", d.width()),
                real(t, "height", d.height()), flag(t, "maximized", d.maximized()), real(t, "mainSplit", d.mainSplit()),
                real(t, "detailSplit", d.detailSplit()), flag(t, "dark", d.dark()), text(t, "language", d.language()),
                text(t, "serverUrl", d.serverUrl()), text(t, "lastUser", d.lastUser()),
                whole(t, "idleLockMinutes", d.idleLockMinutes()), flag(t, "sidebarCollapsed", d.sidebarCollapsed()),
                flag(t, "editorCollapsed", d.editorCollapsed()));
    }

    private static double real(JsonNode t, String name, double fallback) {
        JsonNode v = t.path(name);
        // The writer writes NaN (no saved position) as the string "NaN".
        return v.isNumber() || v.isTextual() ? v.asDouble(fallback) : fallback;
    }

    private static int whole(JsonNode t, String name, int fallback) {
        JsonNode v = t.path(name);
        return v.isNumber() ? v.asInt(fallback) : fallback;
    }

    private static boolean flag(JsonNode t, String name, boolean fallback) {
        JsonNode v = t.path(name);
        return v.isBoolean() ? v.booleanValue() : fallback;
    }

    private static String text(JsonNode t, String name, String fallback) {
        JsonNode v = t.path(name);
        return v.isTextual() ? v.textValue() : fallback;
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
            JsonTree.writer().writeValue(tmp.toFile(), settings);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Settings not saved: {}", e.getMessage());
        }
    }
}
