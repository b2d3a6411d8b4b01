package id.penghubung.protocol;

import java.util.Locale;

/**
 * Action IDs are UUIDs, which compare without regard to letter case: every protocol type keeps them
 * in lower case, so the client's outbox and the server's dedupe see one ID however it was written.
 */
public final class ActionIds {
    private ActionIds() {
    }

    /** The ID in lower case (null stays null); anything else about it is judged by the validators. */
    public static String normalise(String actionId) {
        return actionId == null ? null : actionId.toLowerCase(Locale.ROOT);
    }
}
