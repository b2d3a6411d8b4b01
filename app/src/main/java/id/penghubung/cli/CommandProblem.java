package id.penghubung.cli;

/** A command cannot go on for a reason the user can fix: its message is already worded for them. */
final class CommandProblem extends RuntimeException {
    private final int exitCode;

    CommandProblem(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
