package id.penghubung.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.ProvinceIndicators;
import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last province indicators the server published to this account ("Posisi kami", issue 18), kept
 * in the account folder ({@value #FILE_NAME}, owner-only) with the moment they were fetched, so the
 * desk shows them offline with their date. Only public numbers: no complaint, text or identity.
 */
public final class ProvinceIndicatorsCache {
    public static final String FILE_NAME = "posisi-kami.json";
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceIndicatorsCache.class);

    /**
     * A published copy and when this desk received it, in the desk's terms (no wire types): the
     * province, the period, the calendar version and each institution's row, ordered as published.
     */
    public record Copy(String provinceName, LocalDate from, LocalDate to, String calendar, Instant fetchedAt,
            List<Institution> institutions) {
        public Copy {
            Objects.requireNonNull(fetchedAt, "fetchedAt");
            institutions = List.copyOf(institutions);
        }

        static Copy of(ProvinceIndicators p, Instant fetchedAt) {
            return new Copy(p.provinceName(), p.from(), p.to(), p.calendar(), fetchedAt, p.institutions().stream()
                    .map(i -> new Institution(i.id(), i.name(), i.rank(), i.volumeGroup(), i.received(), i.followUpDue(),
                            i.followUpOnTime(), i.overdueOpen(), i.score()))
                    .toList());
        }
    }

    /** One institution's published row, as far as the desk shows it; {@code score} null when it has none. */
    public record Institution(String id, String name, int rank, String volumeGroup, int received, int followUpDue,
            int followUpOnTime, int overdueOpen, Double score) {
    }

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = Json.lenient();

    public ProvinceIndicatorsCache(Path folder, Clock clock) {
        this.file = Objects.requireNonNull(folder, "folder").resolve(FILE_NAME);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Asks the server for the period, keeps the answer; {@link CentralException} when it cannot. */
    public Copy fetch(CentralApi api, LocalDate from, LocalDate to) {
        ProvinceIndicators published;
        try {
            published = api.provinceIndicators(from, to);
        } catch (TransportException stale) {
            // A pooled connection the server closed while idle (the client does not retry on its own, for
            // the actions' sake): this GET changes nothing, so it is asked once more on a fresh one.
            LOG.info("Province indicators: asking again after {}", stale.getMessage());
            published = api.provinceIndicators(from, to);
        }
        Copy copy = Copy.of(published, clock.instant());
        try {
            ObjectNode root = json.createObjectNode();
            root.put("fetchedAt", copy.fetchedAt().toString());
            root.set("data", json.valueToTree(published));
            OwnerOnly.createDirectories(file.getParent());
            OwnerOnly.replace(file, json.writeValueAsBytes(root));
        } catch (IOException e) {
            // Only a cache: the numbers on screen are right, the next fetch tries again.
            LOG.warn("Cannot keep the province indicators: {}", e.getClass().getSimpleName());
        }
        return copy;
    }

    /** The last copy kept, of any period; empty when none or unreadable. */
    public Optional<Copy> last() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            return Optional.of(Copy.of(json.treeToValue(root.get("data"), ProvinceIndicators.class),
                    Instant.parse(root.get("fetchedAt").asText())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Kept province indicators unreadable, ignored: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
