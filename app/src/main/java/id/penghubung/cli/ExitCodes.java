package id.penghubung.cli;

/** Process exit codes shared by every sub-command. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    /** Bad arguments, or a capability this build does not have yet. */
    public static final int USAGE = 2;
    /** The desktop cannot open: no display, or the toolkit's system libraries are missing. */
    public static final int NO_DESKTOP = 3;

    private ExitCodes() {
    }
}
