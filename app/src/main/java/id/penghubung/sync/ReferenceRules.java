package id.penghubung.sync;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.model.CompletionTier;
import id.penghubung.protocol.CalendarDay;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.WireCalendarEdition;
import id.penghubung.protocol.WireCalendarYear;
import id.penghubung.protocol.WireSlaPolicy;
import id.penghubung.protocol.WireTierRule;
import id.penghubung.store.crypto.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * The deadline rules of the cached reference data ({@code reference.json}, as {@link ReferenceCache} keeps it): the SLA
 * policy, the calendar with its edition and the counting zone, read from the JSON tree without binding the rest. A
 * one-shot command ({@code print}) needs only these for {@link ServerRules#adopt}; binding the whole file builds
 * Jackson's deserializers for every list in it, a third of a second of a cold JVM (decision 0016). Read as the
 * client's lenient reader reads them: unknown fields ignored, absent numbers 0 or null. A damaged file is
 * ignored, as {@link ReferenceCache} ignores it.
 */
public final class ReferenceRules {
    private ReferenceRules() {
    }

    /** The rules as reference data whose other parts (units, categories, templates, …) are null: for {@link ServerRules#adopt}. */
    public static Optional<ReferenceData> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode data = JsonTree.read(file).path("data");
            if (!data.isObject()) {
                throw new IOException("no data object");
            }
            return Optional.of(new ReferenceData(null, null, null, null, policy(data.path("slaPolicy")),
                    list(data.path("calendar"), ReferenceRules::day), edition(data.path("calendarEdition")), null, null, null,
                    null, text(data.path("countingZone")), null));
        } catch (IOException | RuntimeException e) {
            // A damaged copy is only a cache: the next sync fetches it again.
            LoggerFactory.getLogger(ReferenceRules.class).warn("Cached reference data unreadable, ignored: {}",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static WireSlaPolicy policy(JsonNode n) {
        if (!n.isObject()) {
            return null;
        }
        return new WireSlaPolicy(n.path("verificationWorkingDays").asInt(), n.path("followUpWorkingDays").asInt(),
                n.path("autoFinishWorkingDays").asInt(), n.path("completionDays").asInt(), integer(n.path("replyWindowWorkingDays")),
                list(n.path("completionTiers"), t -> new WireTierRule(tier(t.path("tier")), t.path("days").asInt(),
                        t.path("workingDays").asBoolean())),
                tier(n.path("defaultTier")), integer(n.path("informationRequestWorkingDays")),
                integer(n.path("informationExtensionWorkingDays")), integer(n.path("reopenWorkingDays")),
                n.path("pauseWhileHeld").isValueNode() && !n.path("pauseWhileHeld").isNull() ? n.path("pauseWhileHeld").asBoolean() : null);
    }

    private static CalendarDay day(JsonNode n) {
        return new CalendarDay(date(n.path("date")), text(n.path("kind")), text(n.path("name")), n.path("estimated").asBoolean());
    }

    private static WireCalendarEdition edition(JsonNode n) {
        if (!n.isObject()) {
            return null;
        }
        return new WireCalendarEdition(text(n.path("version")), date(n.path("updated")),
                list(n.path("years"), y -> new WireCalendarYear(y.path("year").asInt(), text(y.path("status")))));
    }

    private static <T> List<T> list(JsonNode n, Function<JsonNode, T> element) {
        if (!n.isArray()) {
            return null;
        }
        List<T> values = new ArrayList<>(n.size());
        n.forEach(e -> values.add(e.isNull() ? null : element.apply(e)));
        return values;
    }

    /** Enums by name only, as the protocol's readers (a number is refused). */
    private static CompletionTier tier(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException("tier not a name");
        }
        return CompletionTier.valueOf(n.asText());
    }

    private static Integer integer(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asInt();
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static LocalDate date(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : LocalDate.parse(n.asText());
    }
}
