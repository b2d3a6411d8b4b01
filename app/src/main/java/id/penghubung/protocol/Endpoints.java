package id.penghubung.protocol;

/** The paths of protocol v1, relative to the server's base URI (e.g. {@code http://127.0.0.1:8080}). */
public final class Endpoints {
    public static final String API = "/api/v1";
    public static final String LOGIN = API + "/auth/login";
    public static final String REFRESH = API + "/auth/refresh";
    /** Query parameters {@code cursor} (opaque, absent = from the beginning) and {@code limit} (1..1000, default 500). */
    public static final String CHANGES = API + "/changes";
    public static final String ACTIONS = API + "/actions";
    public static final String REFERENCE = API + "/reference";
    /** Issue 18: {@code GET} with {@code from}, {@code to} (YYYY-MM-DD) and optional {@code province}: {@link ProvinceIndicators}. */
    public static final String PROVINCE_INDICATORS = API + "/reference/province-indicators";
    /** At most this many actions per {@code POST /actions}. */
    public static final int MAX_ACTIONS_PER_REQUEST = 100;
    public static final int MAX_CHANGES_LIMIT = 1000;
    /** The largest attachment the protocol carries (25 MiB); a client never stores more for one file. */
    public static final long MAX_ATTACHMENT_BYTES = 25L * 1024 * 1024;

    private Endpoints() {
    }

    /** {@code PUT} (upload, optional {@code ?fileName=}) or {@code GET} (download, Range) of one attachment. */
    public static String attachment(String sha256) {
        return API + "/attachments/" + sha256;
    }
}
