package id.penghubung.protocol;

/** The stable error codes of protocol v1 ({@code error.code}). */
public final class ErrorCodes {
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String INVALID_CURSOR = "INVALID_CURSOR";
    public static final String INVALID_ID = "INVALID_ID";
    public static final String HASH_MISMATCH = "HASH_MISMATCH";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String BAD_RANGE = "BAD_RANGE";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    public static final String INVALID_TOKEN = "INVALID_TOKEN";
    public static final String TOKEN_EXPIRED = "TOKEN_EXPIRED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String UNAVAILABLE = "UNAVAILABLE";
    public static final String INTERNAL = "INTERNAL";
    /** Action results (outcome REJECTED). */
    public static final String ACTION_ID_REUSED = "ACTION_ID_REUSED";
    public static final String OUT_OF_SCOPE = "OUT_OF_SCOPE";
    public static final String ROLE_READ_ONLY = "ROLE_READ_ONLY";
    public static final String STATUS_NOT_ALLOWED = "STATUS_NOT_ALLOWED";
    // --- R5 ---
    /** EXTEND on a Permintaan Informasi already extended once (UU 14/2008 allows one extension). */
    public static final String ALREADY_EXTENDED = "ALREADY_EXTENDED";
    // --- h2 ---
    /** A public answer sent directly where the agency's policy requires approval (issue 20). */
    public static final String REVIEW_REQUIRED = "REVIEW_REQUIRED";
    /** A review action by a role the agency's policy does not name, or an author approving their own draft. */
    public static final String ROLE_NOT_ALLOWED = "ROLE_NOT_ALLOWED";
    /** Action result of outcome CONFLICT. */
    public static final String VERSION_CONFLICT = "VERSION_CONFLICT";

    private ErrorCodes() {
    }
}
