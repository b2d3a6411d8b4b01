package id.penghubung.central;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.ErrorCodes;
import java.util.Iterator;
import java.util.Map;

/**
 * Refuses a request whose JSON holds a lone surrogate in any string or field name. Jackson decodes
 * {@code "\ud800"} into a Java string without its low half; stored, it would later be written out
 * as {@code ?} or break a client's UTF-8, so it is refused (400) rather than silently rewritten.
 */
final class JsonStrings {
    private static final int MAX_DEPTH = 64;

    private JsonStrings() {
    }

    static void requireWellFormed(JsonNode tree) {
        check(tree, "", 0);
    }

    private static void check(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new RequestException(400, ErrorCodes.MALFORMED_JSON, "Request body is nested too deeply");
        }
        if (node.isTextual()) {
            requireWellFormed(node.textValue(), path);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", depth + 1);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                requireWellFormed(field.getKey(), path.isEmpty() ? "body" : path);
                check(field.getValue(), child, depth + 1);
            }
        }
    }

    private static void requireWellFormed(String text, String path) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                String field = path.isEmpty() ? "body" : path;
                throw new RequestException(400, new ApiError(ErrorCodes.MALFORMED_JSON, "A string holds a lone surrogate (\\u"
                        + Integer.toHexString(ch) + ")", Map.of(field, "lone surrogate")), Map.of());
            }
        }
    }
}
