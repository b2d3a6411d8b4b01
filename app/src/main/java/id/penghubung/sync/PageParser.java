package id.penghubung.sync;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/**
 * Streams one page of {@code GET /changes} into a {@link PageConsumer}: items one by one, never
 * more than were asked for ({@link AnswerRefusedException} otherwise), {@code complete} only after
 * the whole page was read and found well formed.
 */
final class PageParser {
    private final ObjectReader itemReader;

    PageParser(ObjectReader itemReader) {
        this.itemReader = itemReader;
    }

    void parse(JsonParser parser, int limit, PageConsumer consumer) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new Malformed("A page must be an object", parser);
        }
        String nextCursor = null;
        Boolean hasMore = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "items" -> {
                    expectArray(parser, value);
                    int count = 0;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        if (++count > limit) {
                            throw new AnswerRefusedException(AnswerRefusedException.Reason.TOO_MANY_ITEMS,
                                    "The server sent more than the " + limit + " items asked for in one page");
                        }
                        consumer.item(itemReader.readValue(parser));
                    }
                    expectEndArray(parser);
                }
                case "removed" -> {
                    expectArray(parser, value);
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        consumer.removed(parser.getText());
                    }
                    expectEndArray(parser);
                }
                case "nextCursor" -> nextCursor = value == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
                case "hasMore" -> hasMore = parser.getValueAsBoolean();
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || hasMore == null || nextCursor == null) {
            throw new Malformed("Incomplete page", parser);
        }
        if (parser.nextToken() != null) {
            throw new Malformed("Trailing data after the page", parser);
        }
        consumer.complete(nextCursor, hasMore);
    }

    private static void expectArray(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw new Malformed("Expected an array", parser);
        }
    }

    private static void expectEndArray(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw new Malformed("Expected the end of an array", parser);
        }
    }

    /** A malformed body, reported like Jackson's own parse errors. */
    private static final class Malformed extends JsonProcessingException {
        Malformed(String message, JsonParser parser) {
            super(message, parser.currentLocation());
        }
    }
}
