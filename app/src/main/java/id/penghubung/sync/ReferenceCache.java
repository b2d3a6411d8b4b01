package id.penghubung.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's reference data (units, categories, institutions, templates, SLA policy, calendar)
 * kept as JSON in the account folder ({@code reference.json}), so an officer can act offline with
 * the last known lists. Listeners hear each new version (e.g. to replace the working calendar).
 */
public final class ReferenceCache {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceCache.class);

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = Json.lenient();
    private final List<Consumer<ReferenceData>> listeners = new CopyOnWriteArrayList<>();
    private volatile Optional<ReferenceData> current = Optional.empty();
    private volatile Optional<Instant> fetchedAt = Optional.empty();

    public ReferenceCache(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
        load();
    }

    public ReferenceCache(Path file) {
        this(file, Clock.systemUTC());
    }

    /** The last reference data received, from this run or an earlier one. */
    public Optional<ReferenceData> current() {
        return current;
    }

    public Optional<Instant> fetchedAt() {
        return fetchedAt;
    }

    public boolean stale(Duration maxAge) {
        return fetchedAt.map(at -> at.plus(maxAge).isBefore(clock.instant())).orElse(true);
    }

    /** Fetches the reference data, saves it, tells the listeners. */
    public ReferenceData refresh(CentralApi api) {
        ReferenceData data = api.reference();
        Instant at = clock.instant();
        save(data, at);
        current = Optional.of(data);
        fetchedAt = Optional.of(at);
        listeners.forEach(l -> l.accept(data));
        return data;
    }

    /** Hears each new version, and the cached one at once if there is one. Returns the way to stop hearing. */
    public Runnable onChange(Consumer<ReferenceData> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        current.ifPresent(listener);
        return () -> listeners.remove(listener);
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            current = Optional.of(json.treeToValue(root.get("data"), ReferenceData.class));
            fetchedAt = Optional.of(Instant.parse(root.get("fetchedAt").asText()));
        } catch (IOException | RuntimeException e) {
            // A damaged copy is only a cache: the next sync fetches it again.
            LOG.warn("Cached reference data unreadable, ignored: {}", e.getClass().getSimpleName());
        }
    }

    private void save(ReferenceData data, Instant at) {
        try {
            Files.createDirectories(file.getParent());
            ObjectNode root = json.createObjectNode();
            root.put("fetchedAt", at.toString());
            root.set("data", json.valueToTree(data));
            // Owner-only like everything in the account folder (docs/security.md).
            OwnerOnly.replace(file, json.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the reference data", e);
        }
    }
}
