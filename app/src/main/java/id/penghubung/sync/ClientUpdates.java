package id.penghubung.sync;

import id.penghubung.protocol.ClientRelease;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.store.export.PrivateFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a newer client exists, from the server's reference data ({@code client}) or, for
 * deployments without it, a JSON file of the same shape at a configured URL ({@code
 * penghubung.updateUrl} system property or {@code PENGHUBUNG_UPDATE_URL}). Only tells: never
 * downloads or installs anything. Offline or any failure: nothing to say. Each version is
 * announced once per data folder ({@value #ANNOUNCED_FILE}).
 */
public final class ClientUpdates {
    public static final String URL_PROPERTY = "penghubung.updateUrl";
    public static final String URL_ENV = "PENGHUBUNG_UPDATE_URL";
    static final String ANNOUNCED_FILE = "update-announced.txt";
    private static final long MAX_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ClientUpdates.class);

    private final Path dataFolder;
    private final String runningVersion;

    public ClientUpdates(Path dataFolder, String runningVersion) {
        this.dataFolder = dataFolder;
        this.runningVersion = runningVersion;
    }

    /** The configured URL of the release file, if any (system property first, then the environment). */
    public static Optional<URI> configuredUrl() {
        String value = System.getProperty(URL_PROPERTY, System.getenv(URL_ENV));
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(value.strip()));
        } catch (IllegalArgumentException e) {
            LOG.warn("{} is not a URL: {}", URL_PROPERTY, e.getMessage());
            return Optional.empty();
        }
    }

    /** The release file at {@code url}; empty when offline, refused, too large or not of the shape. */
    public static Optional<ClientRelease> fetch(URI url) {
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
        try (Response response = http.newCall(new Request.Builder().url(url.toString()).get().build()).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                LOG.info("No client release at {}: HTTP {}", url, response.code());
                return Optional.empty();
            }
            try (InputStream in = body.byteStream()) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    LOG.warn("The client release file at {} is larger than {} bytes", url, MAX_BYTES);
                    return Optional.empty();
                }
                return Optional.of(Json.lenient().readValue(bytes, ClientRelease.class));
            }
        } catch (IOException | RuntimeException e) {
            // Offline is normal for an officer: nothing to say.
            LOG.info("No client release from {}: {}", url, e.toString());
            return Optional.empty();
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /** The release to announce now: newer than the running version and not announced before on this computer. */
    public Optional<ClientRelease> toAnnounce(Optional<ClientRelease> published) {
        return published.filter(r -> isNewer(r.latestVersion(), runningVersion))
                .filter(r -> !r.latestVersion().strip().equals(announced().orElse("")));
    }

    /**
     * What the desk should announce now: the server's {@code client} in the account's cached reference
     * data, else the configured release file; newer than this build and not announced before.
     */
    public Optional<NewVersion> pending(Optional<Path> referenceFile) {
        Optional<ClientRelease> published = referenceFile
                .flatMap(file -> new ReferenceCache(file).current())
                .map(ReferenceData::client);
        if (published.isEmpty()) {
            published = configuredUrl().flatMap(ClientUpdates::fetch);
        }
        return toAnnounce(published).map(r -> new NewVersion(r.latestVersion().strip(), r.notes(), r.downloadUrl()));
    }

    /** Remembers that {@code version} was shown, so it is not shown again. */
    public void markAnnounced(NewVersion version) {
        markAnnounced(new ClientRelease(version.version(), version.notes(), version.downloadUrl()));
    }

    /** Remembers that {@code release} was shown, so it is not shown again. */
    public void markAnnounced(ClientRelease release) {
        try {
            PrivateFile.write(dataFolder.resolve(ANNOUNCED_FILE), out -> {
                out.write(release.latestVersion().strip().getBytes(StandardCharsets.UTF_8));
                return null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot remember the announced version: {}", e.toString());
        }
    }

    private Optional<String> announced() {
        try {
            return Optional.of(Files.readString(dataFolder.resolve(ANNOUNCED_FILE), StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Cannot read the announced version: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * Number by number ("0.10.0" is newer than "0.9.2"; a suffix such as "-SNAPSHOT" is ignored); a
     * running version that is not a number (a "dev" build) is never told about updates.
     */
    static boolean isNewer(String candidate, String running) {
        int[] a = numbers(candidate);
        int[] b = numbers(running);
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return x > y;
            }
        }
        return false;
    }

    private static int[] numbers(String version) {
        String core = version.strip().split("[-+ ]", 2)[0];
        if (!core.matches("\\d{1,9}(\\.\\d{1,9})*")) {
            return new int[0];
        }
        String[] parts = core.split("\\.");
        int[] n = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            n[i] = Integer.parseInt(parts[i]);
        }
        return n;
    }
}
