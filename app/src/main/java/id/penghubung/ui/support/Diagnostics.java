package id.penghubung.ui.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.store.CaseStore;
import id.penghubung.store.IntegrityReport;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import id.penghubung.store.SqliteVersion;
import id.penghubung.store.account.Account;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.export.PrivateSpool;
import id.penghubung.sync.LastSync;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.beans.Observable;

/**
 * The zip support asks an officer for ({@code penghubung diagnose}, and the desk's menu): a
 * {@code summary.json} (versions, settings, integrity of the cache and its search index, counts per
 * view, outbox and conflict states, the last sync) and the newest log files. Only counts, states and
 * versions: never a reporter's identity, a complaint's or action's text, the password or a token
 * (the logs are written through the redacting converter already and hold no complaint text).
 */
public final class Diagnostics {
    /** How many log files (newest first) go into the zip, and at most how many bytes of each (the tail). */
    static final int LOG_FILES = 3;
    static final int LOG_TAIL_BYTES = 2 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dataFolder;
    private final Account account;
    private final CaseStore store;
    private final String appVersion;
    private final Clock clock;

    public Diagnostics(Path dataFolder, Account account, CaseStore store, String appVersion, Clock clock) {
        this.dataFolder = dataFolder;
        this.account = account;
        this.store = store;
        this.appVersion = appVersion;
        this.clock = clock;
    }

    /** Writes the zip to {@code target} (0600, through the private spool, replacing an older file). */
    public void writeZip(Path target) throws IOException {
        PrivateSpool spool = PrivateSpool.in(dataFolder);
        spool.write(target, stream -> {
            writeZip(stream);
            return null;
        });
    }

    private void writeZip(OutputStream stream) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(stream);
        zip.putNextEntry(new ZipEntry("summary.json"));
        zip.write(JSON.writeValueAsBytes(summary()));
        zip.closeEntry();
        for (Path log : newestLogs()) {
            zip.putNextEntry(new ZipEntry("logs/" + log.getFileName()));
            zip.write(tail(log));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** The summary as a JSON tree (public for the tests of its shape). */
    public ObjectNode summary() {
        Instant now = clock.instant();
        ObjectNode root = JSON.createObjectNode();
        root.put("generatedAt", now.toString());
        ObjectNode versions = root.putObject("versions");
        versions.put("app", appVersion);
        versions.put("java", System.getProperty("java.version"));
        versions.put("javaVendor", System.getProperty("java.vendor"));
        versions.put("javafx", javafxVersion());
        versions.put("sqlite", SqliteVersion.current());
        versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        versions.put("arch", System.getProperty("os.arch"));

        ObjectNode settings = root.putObject("settings");
        settings.put("serverHost", account.serverHost());
        settings.put("role", account.role().name());
        settings.put("accountsOnThisComputer", new AccountRegistry(dataFolder).accounts().size());
        settings.put("locale", Locale.getDefault().toLanguageTag());
        settings.put("fileEncoding", System.getProperty("file.encoding"));
        settings.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        settings.put("lastOnlineSignIn", account.lastOnlineSignIn().toString());

        ObjectNode cache = root.putObject("cache");
        cache.put("schemaVersion", store.schemaVersion());
        cache.put("encrypted", store.encrypted());
        cache.put("fileBytes", size(store.file()));
        IntegrityReport integrity = store.integrityCheck();
        ObjectNode check = cache.putObject("integrity");
        check.put("ok", integrity.ok());
        integrity.problems().forEach(check.putArray("problems")::add);
        cache.put("auditLogProblems", store.auditProblems().size());
        cache.put("drafts", store.drafts().size());
        cache.put("heldRecords", store.heldRecords().size());

        ObjectNode views = root.putObject("views");
        store.counts(now, now.plus(Duration.ofDays(3))).forEach((view, count) -> views.put(view.name(), count));

        Map<OutboxState, Integer> states = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            states.put(state, 0);
        }
        List<OutboxEntry> outbox = store.outbox();
        outbox.forEach(e -> states.merge(e.state(), 1, Integer::sum));
        ObjectNode outboxNode = root.putObject("outbox");
        states.forEach((state, count) -> outboxNode.put(state.name(), count));
        outboxNode.put("orphaned", outbox.stream().filter(OutboxEntry::orphaned).count());
        outboxNode.put("withFailedAttempts", outbox.stream().filter(e -> e.lastError().isPresent()).count());

        ObjectNode sync = root.putObject("sync");
        sync.put("lastSuccess", LastSync.read(account).map(Instant::toString).orElse(null));
        sync.put("cursorKept", store.cursor().isPresent());
        sync.put("bulkLoading", store.bulkLoading());
        return root;
    }

    static String javafxVersion() {
        // javafx.base carries its version as a resource; no toolkit has to start to read it.
        try (InputStream in = Observable.class.getResourceAsStream("/javafx.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("javafx.runtime.version", p.getProperty("javafx.version", "unknown"));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private List<Path> newestLogs() throws IOException {
        Path logs = dataFolder.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("penghubung[.0-9-]*\\.log(\\.gz)?"))
                    .sorted(Comparator.comparing(Diagnostics::modified).reversed())
                    .limit(LOG_FILES)
                    .toList();
        }
    }

    private static byte[] tail(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length <= LOG_TAIL_BYTES || file.toString().endsWith(".gz")) {
            return all;
        }
        return Arrays.copyOfRange(all, all.length - LOG_TAIL_BYTES, all.length);
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
