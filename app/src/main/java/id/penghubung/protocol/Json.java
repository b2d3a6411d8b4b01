package id.penghubung.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The configured JSON mappers of the protocol. Instants are ISO-8601 strings ("2026-01-05T03:00:00Z"),
 * dates "2026-01-05", enums by name only (a number, even in quotes, is refused by both readers).
 *
 * <p>Two readers, on purpose:
 * <ul>
 *   <li>{@link #lenient()} (the client): ignores unknown properties, so an older client keeps
 *       working when the server adds a field (forward compatibility).</li>
 *   <li>{@link #strict()} (the server, for request bodies): unknown properties, nulls for
 *       primitives, numbers for strings and strings for numbers are all errors (400), so a client
 *       typo such as {@code "basVersion"} is reported instead of silently ignored.</li>
 * </ul>
 * Both write the same JSON.
 */
public final class Json {
    private static final ObjectMapper LENIENT = build(false);
    private static final ObjectMapper STRICT = build(true);

    private Json() {
    }

    /** For reading server responses and for writing anything. Thread-safe, shared. */
    public static ObjectMapper lenient() {
        return LENIENT;
    }

    /** For reading request bodies on the server. Thread-safe, shared. */
    public static ObjectMapper strict() {
        return STRICT;
    }

    private static ObjectMapper build(boolean strict) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, strict)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
                // "type": 0 or "0" must not silently pick the first action type (or outcome, or status).
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, !strict)
                .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, !strict);
        ObjectMapper mapper = builder.build();
        if (strict) {
            // "text": 5 or "baseVersion": "5" is a client bug, not something to guess about.
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        }
        return mapper;
    }
}
