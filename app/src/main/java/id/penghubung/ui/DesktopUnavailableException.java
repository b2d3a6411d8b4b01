package id.penghubung.ui;

import java.util.Optional;

/**
 * The desktop toolkit could not start for a reason on the machine, not in the program: no
 * graphical display, or the system libraries JavaFX needs (GTK 3 on Linux) are not installed.
 */
public final class DesktopUnavailableException extends RuntimeException {
    /** What is missing; each has its own message for the user. */
    public enum Reason {
        NO_DISPLAY,
        MISSING_LIBRARIES
    }

    private final Reason reason;

    DesktopUnavailableException(Reason reason, Throwable cause) {
        super(reason.name(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Recognises JavaFX's own start failures (glass) anywhere in the cause chain. */
    static Optional<Reason> recognise(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (t instanceof UnsupportedOperationException && message != null) {
                if (message.startsWith("Unable to load glass GTK library")) {
                    return Optional.of(Reason.MISSING_LIBRARIES);
                }
                if (message.startsWith("Unable to open DISPLAY")) {
                    return Optional.of(Reason.NO_DISPLAY);
                }
            }
            if (t instanceof UnsatisfiedLinkError) {
                return Optional.of(Reason.MISSING_LIBRARIES);
            }
        }
        return Optional.empty();
    }
}
