package id.penghubung.protocol;

/** Every error response body: {@code {"error":{"code","message"}}}. */
public record ErrorBody(ApiError error) {
}
