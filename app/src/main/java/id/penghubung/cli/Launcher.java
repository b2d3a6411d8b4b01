package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.OfficerText;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The one entry point of the jar. Deliberately not a JavaFX {@code Application}: with JavaFX on
 * the class path, the JVM only starts a non-Application main class.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // `--version` alone is IT's quick check of an install: answered before the parser, the bundles,
        // logging or JavaFX load (VersionStartTest), the same line picocli's version option prints.
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println(Version.line());
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LoggerFactory.getLogger(Launcher.class).error("Uncaught error in {}", thread.getName(), error));
        PrintWriter err = new PrintWriter(System.err, true);
        // The desk alone (the desktop icon starts it with no argument; IT may add --data) opens without the parser:
        // picocli's model of the root and its twelve sub-commands cost the officer's every start about half a second
        // of CPU before the window (picocli's Java 5 classes run interpreted, outside the image's AOT cache; issue 19).
        Optional<Path> deskData = deskOnly(args);
        int exitCode = deskData.isPresent()
                ? openDesk(deskData.get(), err)
                : run(args, new PrintWriter(System.out, true), err);
        // The GUI returns only when its window closes; a server command returns when it stops.
        System.exit(exitCode);
    }

    /** Parses and runs one command line; returns the process exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Messages messages = Messages.of(cliLocale());
        CommandLine commandLine = new CommandLine(new RootCommand(messages));
        // Only the sub-command the line names is built (its options, its classes): print need not load the server's.
        String named = Arrays.stream(args).filter(RootCommand.SUBCOMMANDS::containsKey).findFirst().orElse(null);
        RootCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                commandLine.addSubcommand(name, command);
            }
        });
        commandLine
                .setResourceBundle(messages.bundle())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((exception, arguments) -> {
                    CommandLine failed = exception.getCommandLine();
                    failed.getErr().println(messages.get("cli.error.usage",
                            failed.getCommandName(), exception.getMessage()));
                    return ExitCodes.USAGE;
                })
                .setExecutionExceptionHandler((exception, failed, parseResult) ->
                        failure(exception, failed.getCommandName(), failed.getErr(), messages));
        describe(commandLine, messages);
        return commandLine.execute(args);
    }

    /**
     * The data folder of a command line that only opens the desk: none (the per-user folder), {@code --data DIR} or
     * {@code --data=DIR}; empty for every other line, which picocli parses.
     */
    static Optional<Path> deskOnly(String[] args) {
        if (args.length == 0) {
            return Optional.of(AppDirectories.defaultDataDirectory().toAbsolutePath());
        }
        String folder = args.length == 2 && args[0].equals("--data") ? args[1]
                : args.length == 1 && args[0].startsWith("--data=") ? args[0].substring("--data=".length()) : null;
        // A folder that looks like an option is left to picocli, which says what is wrong with the line.
        if (folder == null || folder.isEmpty() || folder.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(folder).toAbsolutePath());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** What {@link RootCommand} runs with no sub-command, with the same failure text as through picocli. */
    static int openDesk(Path data, PrintWriter err) {
        try {
            RootCommand.openDesk(data, cliLocale());
            return ExitCodes.OK;
        } catch (Exception e) {
            return failure(e, "penghubung", err, Messages.of(cliLocale()));
        }
    }

    /** A command's failure as officer text: a {@link CommandProblem} says its own message and exit code. */
    private static int failure(Exception exception, String commandName, PrintWriter err, Messages messages) {
        if (exception instanceof CommandProblem problem) {
            err.println(problem.getMessage());
            return problem.exitCode();
        }
        err.println(messages.get("cli.error.failed", commandName, OfficerText.of(messages, exception)));
        return ExitCodes.FAILURE;
    }

    /** Command descriptions come from the bundle, like every other text; sub-commands by their path. */
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("demo", "cli.demo.description"),
            Map.entry("central", "cli.central.description"),
            Map.entry("sync", "cli.sync.description"),
            Map.entry("export", "cli.export.description"),
            Map.entry("print", "cli.print.description"),
            Map.entry("calendar", "cli.calendar.description"),
            Map.entry("calendar show", "cli.calendar.show.description"),
            Map.entry("calendar import", "cli.calendar.import.description"),
            Map.entry("diagnose", "cli.diagnose.description"),
            Map.entry("similar", "cli.similar.description"),
            Map.entry("duplicates", "cli.duplicates.description"),
            Map.entry("report", "cli.report.description"),
            Map.entry("rebuild", "cli.rebuild.description"),
            Map.entry("import", "cli.import.description"));

    private static void describe(CommandLine commandLine, Messages messages) {
        commandLine.getCommandSpec().usageMessage().description(messages.get("cli.description"));
        describeSubcommands(commandLine, "", messages);
    }

    private static void describeSubcommands(CommandLine parent, String path, Messages messages) {
        parent.getSubcommands().forEach((name, sub) -> {
            String key = DESCRIPTIONS.get(path + name);
            if (key != null) {
                sub.getCommandSpec().usageMessage().description(messages.get(key));
            }
            describeSubcommands(sub, path + name + " ", messages);
        });
    }

    /** Indonesian unless the environment asks for English (PENGHUBUNG_LANG=en). */
    static Locale cliLocale() {
        String lang = System.getenv("PENGHUBUNG_LANG");
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH : Messages.INDONESIAN;
    }
}
