package id.penghubung.ui.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;
import java.util.List;

/**
 * What the desk remembers between runs: window geometry, split positions, theme, language and the
 * last server and user (never a password). Stored as {@code settings.json} in the data folder.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(
        double x, double y, double width, double height, boolean maximized,
        double mainSplit, double detailSplit,
        boolean dark, String language, String serverUrl, String lastUser, int idleLockMinutes,
        boolean sidebarCollapsed, boolean editorCollapsed) {
    // sidebarCollapsed/editorCollapsed: the officer folded the sidebar / the action form away (issue 15).
    // language "" = not chosen in the application: the launcher's --lang applies.
    // idleLockMinutes <= 0 (absent in an older file) = the default, DEFAULT_IDLE_LOCK.

    /** The desk locks itself after this long without a key or mouse event (issue 10). */
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(10);
    /** The idle times the desk offers, in minutes; a settings file cannot ask for another. */
    public static final List<Integer> IDLE_LOCK_CHOICES_MINUTES = List.of(5, 10, 15, 30);

    /**
     * How long the window may sit idle before it locks: one of {@link #IDLE_LOCK_CHOICES_MINUTES}.
     * An edited file's value is clamped: absent, zero or negative gives the default; any other the
     * longest offered choice not above it (never longer than asked), at least the shortest.
     */
    public Duration idleLock() {
        return Duration.ofMinutes(clampIdleLockMinutes(idleLockMinutes));
    }

    /** The offered idle time for a value read from a file (see {@link #idleLock()}). */
    public static int clampIdleLockMinutes(int minutes) {
        if (minutes <= 0) {
            return (int) DEFAULT_IDLE_LOCK.toMinutes();
        }
        int chosen = IDLE_LOCK_CHOICES_MINUTES.getFirst();
        for (int choice : IDLE_LOCK_CHOICES_MINUTES) {
            if (choice <= minutes) {
                chosen = choice;
            }
        }
        return chosen;
    }

    /** These settings with the idle time clamped to the offer (as read from a file). */
    public Settings bounded() {
        int clamped = clampIdleLockMinutes(idleLockMinutes);
        return clamped == idleLockMinutes ? this : withIdleLockMinutes(clamped);
    }

    public static Settings defaults() {
        return new Settings(Double.NaN, Double.NaN, 1400, 880, false, 0.62, 0.66, false, "", "", "", (int) DEFAULT_IDLE_LOCK.toMinutes(), false, false);
    }

    public Settings withWindow(double nx, double ny, double w, double h, boolean max) {
        return new Settings(nx, ny, w, h, max, mainSplit, detailSplit, dark, language, serverUrl, lastUser, idleLockMinutes, sidebarCollapsed, editorCollapsed);
    }

    public Settings withSplits(double main, double detail) {
        return new Settings(x, y, width, height, maximized, main, detail, dark, language, serverUrl, lastUser, idleLockMinutes, sidebarCollapsed, editorCollapsed);
    }

    public Settings withDark(boolean value) {
        return new Settings(x, y, width, height, maximized, mainSplit, detailSplit, value, language, serverUrl, lastUser, idleLockMinutes, sidebarCollapsed, editorCollapsed);
    }

    public Settings withLanguage(String value) {
        return new Settings(x, y, width, height, maximized, mainSplit, detailSplit, dark, value, serverUrl, lastUser, idleLockMinutes, sidebarCollapsed, editorCollapsed);
    }

    public Settings withServer(String url, String user) {
        return new Settings(x, y, width, height, maximized, mainSplit, detailSplit, dark, language, url, user, idleLockMinutes, sidebarCollapsed, editorCollapsed);
    }

    public Settings withIdleLockMinutes(int minutes) {
        return new Settings(x, y, width, height, maximized, mainSplit, detailSplit, dark, language, serverUrl, lastUser, minutes, sidebarCollapsed, editorCollapsed);
    }

    public Settings withCollapsed(boolean sidebar, boolean editor) {
        return new Settings(x, y, width, height, maximized, mainSplit, detailSplit, dark, language, serverUrl, lastUser, idleLockMinutes,
                sidebar, editor);
    }
}
