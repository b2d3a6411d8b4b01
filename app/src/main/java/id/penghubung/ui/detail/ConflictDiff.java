package id.penghubung.ui.detail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.store.BaseCopy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed on the server since the officer wrote an action: the action's base copy (the complaint
 * as it was then, {@link BaseCopy}; the local copy for an action queued before base copies were kept)
 * against the server's version carried in a CONFLICT answer, field by field, and the server's events
 * the base did not have (the reporter's reply, an archive reason, a redirect). For a rejection it says
 * why, in words ({@code rejection}). {@code resendable}: resending can still work — never on an
 * archived or redirected complaint, nor after a refusal that resending cannot change.
 */
public record ConflictDiff(long localVersion, long serverVersion, List<Row> rows, List<String> newEvents,
        boolean resendable, String rejection) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The refusals the officer reads in words, by the server's error code; each holds whatever is
     * resent (the officer edits or discards instead). An unknown code reads "ui.rejection.other".
     */
    private static final Map<String, String> REFUSALS = Map.ofEntries(
            Map.entry("OUT_OF_SCOPE", "ui.rejection.OUT_OF_SCOPE"),
            Map.entry("STATUS_NOT_ALLOWED", "ui.rejection.STATUS_NOT_ALLOWED"),
            Map.entry("PAYLOAD_TOO_LARGE", "ui.rejection.PAYLOAD_TOO_LARGE"),
            Map.entry("UNSUPPORTED_MEDIA_TYPE", "ui.rejection.UNSUPPORTED_MEDIA_TYPE"),
            Map.entry("VALIDATION_FAILED", "ui.rejection.VALIDATION_FAILED"),
            Map.entry("ROLE_READ_ONLY", "ui.rejection.ROLE_READ_ONLY"),
            Map.entry("ACTION_ID_REUSED", "ui.rejection.ACTION_ID_REUSED"),
            Map.entry("HASH_MISMATCH", "ui.rejection.HASH_MISMATCH"),
            Map.entry("NOT_FOUND", "ui.rejection.NOT_FOUND"),
            Map.entry("FORBIDDEN", "ui.rejection.FORBIDDEN"),
            Map.entry("REVIEW_REQUIRED", "ui.rejection.REVIEW_REQUIRED"),
            Map.entry("ROLE_NOT_ALLOWED", "ui.rejection.ROLE_NOT_ALLOWED"));

    /** One compared field: as the officer saw it, as the server has it now. */
    public record Row(String field, String local, String server, boolean changed) {
    }

    /**
     * Compares the base copy (or {@code local} without one) with the server's answer; when the answer
     * is not a complaint (a rejection's error) it says why instead.
     */
    public static ConflictDiff of(Complaint local, ActionType type, Optional<String> baseCopy,
            Optional<String> serverAnswerJson, Messages messages) {
        JsonNode base = parse(baseCopy.orElseGet(() -> BaseCopy.toJson(local)));
        JsonNode answer = serverAnswerJson.map(ConflictDiff::parse).orElse(JSON.nullNode());
        JsonNode server = answer.has("complaint") ? answer.get("complaint") : answer;
        List<Row> rows = new ArrayList<>();
        List<String> events = new ArrayList<>();
        long baseVersion = base.path("version").asLong(local.version());
        if (!server.has("version")) {
            String code = answer.path("error").path("code").asText(answer.path("code").asText(""));
            String said = rejection(code, messages);
            rows.add(new Row(messages.get("ui.conflict.serverAnswer"), "", said, true));
            return new ConflictDiff(baseVersion, baseVersion, rows, events, !REFUSALS.containsKey(code), said);
        }
        // A field the answer leaves out is taken as unchanged since the base.
        String status = server.path("status").asText(base.path("status").asText(""));
        row(rows, messages.get("ui.column.status"), label(base.path("status").asText(""), messages), label(status, messages));
        row(rows, messages.get("ui.column.title"), base.path("title").asText(""), server.path("title").asText(""));
        row(rows, messages.get("ui.column.unit"), name(base, "unit", "—"), name(server, "unit", "—"));
        row(rows, messages.get("ui.conflict.agency"), name(base, "agency", "—"),
                name(server, "agency", name(base, "agency", "—")));
        row(rows, messages.get("ui.column.category"), name(base, "category", ""),
                name(server, "category", name(base, "category", "")));
        Set<String> known = new HashSet<>();
        base.path("events").forEach(e -> known.add(e.path("id").asText()));
        boolean redirected = false;
        for (JsonNode e : server.path("events")) {
            if (!known.contains(e.path("id").asText())) {
                String kind = e.path("type").asText("");
                redirected |= kind.equals(EventType.REDIRECTED.name());
                String who = e.path("actor").path("name").asText("");
                String text = e.path("text").asText("");
                events.add(label(kind, messages) + " · " + who + (text.isBlank() ? "" : ": " + text));
            }
        }
        boolean open = type == ActionType.NOTE ? !status.equals(Status.ARSIP.name())
                : status.equals(Status.BELUM_DITINDAKLANJUTI.name()) || status.equals(Status.PROSES.name());
        boolean movedAway = server.path("agency").has("id") && base.path("agency").has("id")
                && !server.path("agency").path("id").asText().equals(base.path("agency").path("id").asText());
        return new ConflictDiff(baseVersion, server.path("version").asLong(baseVersion), rows, events,
                open && !redirected && !movedAway, "");
    }

    /** A refusal in the officer's words: never an HTTP status or the server's English. */
    public static String rejection(String code, Messages messages) {
        return messages.get(REFUSALS.getOrDefault(code, "ui.rejection.other"));
    }

    private static String name(JsonNode complaint, String field, String absent) {
        JsonNode n = complaint.path(field).path("name");
        return n.isTextual() ? n.asText() : absent;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.nullNode();
        }
    }

    private static void row(List<Row> rows, String field, String local, String server) {
        rows.add(new Row(field, local, server, !local.equals(server)));
    }

    /** An enum name from the wire shown by its label when we know it, else as sent. */
    private static String label(String name, Messages messages) {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Status.class, EventType.class)) {
            for (Enum<?> c : type.getEnumConstants()) {
                if (c.name().equals(name)) {
                    return messages.label(c);
                }
            }
        }
        return name;
    }
}
