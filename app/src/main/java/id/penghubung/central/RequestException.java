package id.penghubung.central;

import id.penghubung.protocol.ApiError;
import java.util.Map;

/** A request that ends in an error response with this status and body. */
final class RequestException extends RuntimeException {
    private final int status;
    private final ApiError error;
    private final Map<String, String> headers;

    RequestException(int status, String code, String message) {
        this(status, new ApiError(code, message, Map.of()), Map.of());
    }

    RequestException(int status, ApiError error, Map<String, String> headers) {
        super(error.code() + ": " + error.message(), null, false, false);
        this.status = status;
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    ApiError error() {
        return error;
    }

    Map<String, String> headers() {
        return headers;
    }
}
