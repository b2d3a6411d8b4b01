package id.penghubung.central;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import id.penghubung.model.EventType;
import id.penghubung.model.Role;
import id.penghubung.protocol.Json;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The changes feed's copy of a stored document without the internal notes its caller may not see,
 * written as the stored JSON streams by: only each event is read, never the whole complaint. The
 * same events go as {@link ComplaintRecord#viewFor} keeps for a caller who does not act for an
 * agency (the Ombudsman office: no unit filter). Parsing every noted complaint into records and
 * writing it again was 40% of the server's time in an Ombudsman's first sync of 300,000 (issue 18).
 */
final class HiddenNotes {
    private static final Set<String> NOTE_TYPES = Stream.concat(Stream.of(EventType.NOTE), ReviewActions.EVENTS.stream())
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());
    /** One event of the array at a time: what follows it in the document is not a trailing token. */
    private static final ObjectReader EVENT = Json.lenient().readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private HiddenNotes() {
    }

    /** True when this writer gives the caller what {@link ComplaintRecord#viewFor} would. */
    static boolean serves(Principal p) {
        return p.role() == Role.OMBUDSMAN;
    }

    /** Writes {@code doc} (a stored complaint) without the notes of {@code notesJson} that {@code p} may not see. */
    static void write(JsonGenerator g, Principal p, String doc, String notesJson) throws IOException {
        Map<String, String> noteAgencies = Json.lenient().readValue(notesJson, ComplaintStore.NOTES);
        try (JsonParser parser = Json.lenient().createParser(doc)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("A stored complaint must be an object");
            }
            g.writeStartObject();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                g.writeFieldName(field);
                if (field.equals("events") && value == JsonToken.START_ARRAY) {
                    g.writeStartArray();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode event = EVENT.readValue(parser);
                        if (!hidden(event, noteAgencies, p.agencyId())) {
                            g.writeTree(event);
                        }
                    }
                    g.writeEndArray();
                } else {
                    g.copyCurrentStructure(parser);
                }
            }
            g.writeEndObject();
        }
    }

    private static boolean hidden(JsonNode event, Map<String, String> noteAgencies, Optional<String> agencyId) {
        String id = event.path("id").asText(null);
        if (id == null || !noteAgencies.containsKey(id) || !NOTE_TYPES.contains(event.path("type").asText(""))) {
            return false;
        }
        return !agencyId.map(a -> a.equals(noteAgencies.get(id))).orElse(false);
    }
}
