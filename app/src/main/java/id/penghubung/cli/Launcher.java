package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.OfficerText;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
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
        int exitCode = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
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
                .setExecutionExceptionHandler((exception, failed, parseResult) -> {
                    if (exception instanceof CommandProblem problem) {
                        failed.getErr().println(problem.getMessage());
                        return problem.exitCode();
                    }
                    failed.getErr().println(messages.get("cli.error.failed", failed.getCommandName(),
                            OfficerText.of(messages, exception)));
                    return ExitCodes.FAILURE;
                });
        describe(commandLine, messages);
        return commandLine.execute(args);
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
