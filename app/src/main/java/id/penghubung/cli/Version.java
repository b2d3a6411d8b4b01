package id.penghubung.cli;

import id.penghubung.ui.support.AppVersion;

/** The build's version, stamped into the jar by Maven (read by {@link AppVersion}, which the desk uses too). */
public final class Version {
    private Version() {
    }

    public static String current() {
        return AppVersion.current();
    }

    /** What {@code --version} prints: "Penghubung 0.1.0". */
    static String line() {
        return "Penghubung " + current();
    }
}
