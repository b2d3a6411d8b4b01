package id.penghubung.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The one-line answer of a sub-command whose capability this build does not have yet. */
final class NotYetAvailable {
    private NotYetAvailable() {
    }

    static int report(CommandSpec spec, RootCommand root) {
        spec.commandLine().getErr().println(root.messages().get("cli.notYetAvailable", spec.name()));
        return ExitCodes.USAGE;
    }
}
