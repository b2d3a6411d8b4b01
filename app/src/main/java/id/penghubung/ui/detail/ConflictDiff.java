package id.penghubung.ui.detail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between the complaint the officer acted on (the local copy) and the server's newer
 * version carried in a CONFLICT answer: side-by-side field values and the events the officer has
 * not seen. Reads the server's answer as a JSON tree, so it needs nothing from the sync layer.
 */
public record ConflictDiff(long localVersion, long serverVersion, List<Row> rows, List<String> newEvents) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One compared field. */
    public record Row(String field, String local, String server, boolean changed) {
    }

    /** Compares; when the answer is not a complaint (e.g. a rejection's error), explains that instead. */
    public static ConflictDiff of(Complaint local, Optional<String> serverAnswerJson, Messages messages) {
        List<Row> rows = new ArrayList<>();
        List<String> events = new ArrayList<>();
        JsonNode answer = serverAnswerJson.map(ConflictDiff::parse).orElse(JSON.nullNode());
        JsonNode server = answer.has("complaint") ? answer.get("complaint") : answer;
        if (!server.has("version")) {
            String error = answer.path("error").path("message").asText(answer.path("message").asText(""));
            rows.add(new Row(messages.get("ui.conflict.serverAnswer"), "", error, !error.isEmpty()));
            return new ConflictDiff(local.version(), local.version(), rows, events);
        }
        row(rows, messages.get("ui.column.status"), messages.label(local.status()),
                label(server.path("status").asText(""), messages));
        row(rows, messages.get("ui.column.title"), local.title(), server.path("title").asText(""));
        row(rows, messages.get("ui.column.unit"), local.unit().map(u -> u.name()).orElse("—"),
                server.path("unit").path("name").asText("—"));
        row(rows, messages.get("ui.column.category"), local.category().name(),
                server.path("category").path("name").asText(local.category().name()));
        Set<String> known = new HashSet<>();
        for (Event e : local.events()) {
            known.add(e.id());
        }
        for (JsonNode e : server.path("events")) {
            if (!known.contains(e.path("id").asText())) {
                String type = e.path("type").asText("");
                String who = e.path("actor").path("name").asText("");
                String text = e.path("text").asText("");
                events.add(label(type, messages) + " · " + who + (text.isBlank() ? "" : ": " + text));
            }
        }
        return new ConflictDiff(local.version(), server.path("version").asLong(local.version()), rows, events);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return JSON.nullNode();
        }
    }

    private static void row(List<Row> rows, String field, String local, String server) {
        rows.add(new Row(field, local, server, !local.equals(server)));
    }

    /** An enum name from the wire shown by its label when we know it, else as sent. */
    private static String label(String name, Messages messages) {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(id.penghubung.model.Status.class, EventType.class)) {
            for (Enum<?> c : type.getEnumConstants()) {
                if (c.name().equals(name)) {
                    return messages.label(c);
                }
            }
        }
        return name;
    }
}
