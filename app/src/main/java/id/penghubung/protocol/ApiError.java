package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * An error: a stable SNAKE_CASE code for programs, a message for people, and per-field messages
 * (field name to message) when the input was invalid field by field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String code, String message, Map<String, String> fields) {
    public ApiError {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, Map.of());
    }
}
