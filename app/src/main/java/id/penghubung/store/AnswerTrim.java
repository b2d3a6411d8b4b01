package id.penghubung.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Bounds a server answer kept with a conflict or rejection (issue 21): an answer over the store's cap
 * is trimmed instead of refused, so the push goes on and the pull runs. What the conflict view and a
 * resend need survives: the top-level fields (id, trackingId, version, status…), long texts are cut
 * (marked with "…"), and the oldest elements of the longest lists (events first) are dropped. The
 * result carries {@code "trimmed": true}. An answer that is not a JSON object becomes
 * {@code {"trimmed": true}}.
 */
final class AnswerTrim {
    static final String TRIMMED = "trimmed";
    /** Texts in a trimmed answer are cut to this many chars. */
    static final int TEXT_CAP = 10_000;
    /** A text kept when everything else had to go (ids, status). */
    private static final int SHORT_VALUE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerTrim() {
    }

    static String bounded(String json, int max) {
        if (json.length() <= max) {
            return json;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            tree = null;
        }
        if (!(tree instanceof ObjectNode root)) {
            return "{\"" + TRIMMED + "\":true}";
        }
        cutTexts(root);
        root.put(TRIMMED, true);
        String out = write(root);
        while (out.length() > max) {
            ArrayNode longest = longestArray(root);
            if (longest == null || longest.isEmpty()) {
                ObjectNode bare = JSON.createObjectNode();
                // Only the short top-level values: id, trackingId, version, status, the marker.
                root.properties().stream().filter(e -> e.getValue().isValueNode()
                                && (!e.getValue().isTextual() || e.getValue().asText().length() <= SHORT_VALUE))
                        .forEach(e -> bare.set(e.getKey(), e.getValue()));
                out = write(bare);
                return out.length() <= max ? out : "{\"" + TRIMMED + "\":true}";
            }
            // Events are in time order: the oldest go first, the latest (what changed) stay.
            int drop = Math.max(1, longest.size() / 4);
            for (int i = 0; i < drop; i++) {
                longest.remove(0);
            }
            out = write(root);
        }
        return out;
    }

    private static void cutTexts(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual() && e.getValue().asText().length() > TEXT_CAP) {
                    e.setValue(TextNode.valueOf(cut(e.getValue().asText())));
                } else {
                    cutTexts(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual() && a.get(i).asText().length() > TEXT_CAP) {
                    a.set(i, TextNode.valueOf(cut(a.get(i).asText())));
                } else {
                    cutTexts(a.get(i));
                }
            }
        }
    }

    private static String cut(String text) {
        int end = TEXT_CAP;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** The top-level array with the most elements, or null. */
    private static ArrayNode longestArray(ObjectNode root) {
        ArrayNode best = null;
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (e.getValue() instanceof ArrayNode a && (best == null || a.size() > best.size())) {
                best = a;
            }
        }
        return best;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }
}
