package id.penghubung.protocol;

import java.util.List;

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
    /** {@code PUT} or {@code GET} {@code ATTACHMENTS/{sha256}}: see {@link #attachment(String)}. */
    public static final String ATTACHMENTS = API + "/attachments";
    /** The training server's admin endpoints (an ADMIN account: tests and trainers, never the desk). */
    public static final String ADMIN = API + "/admin";
    /** {@code POST} a new complaint; {@code GET ADMIN_COMPLAINTS/{id}} one complaint. */
    public static final String ADMIN_COMPLAINTS = ADMIN + "/complaints";
    /** {@code ADMIN_COMPLAINTS/{id}/{step}}: {@code GET} for {@code actions}, {@code POST} for the others. */
    public static final List<String> ADMIN_STEPS = List.of("dispose", "reply", "archive", "redirect", "actions", "hold", "resume");
    /** At most this many actions per {@code POST /actions}. */
    public static final int MAX_ACTIONS_PER_REQUEST = 100;
    public static final int MAX_CHANGES_LIMIT = 1000;
    /** The largest attachment the protocol carries (25 MiB); a client never stores more for one file. */
    public static final long MAX_ATTACHMENT_BYTES = 25L * 1024 * 1024;

    private Endpoints() {
    }

    /** {@code PUT} (upload, optional {@code ?fileName=}) or {@code GET} (download, Range) of one attachment. */
    public static String attachment(String sha256) {
        return ATTACHMENTS + "/" + sha256;
    }
}
