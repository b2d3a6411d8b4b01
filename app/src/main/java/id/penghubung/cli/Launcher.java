package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * The one entry point of the jar. Deliberately not a JavaFX {@code Application}: with JavaFX on
 * the class path, the JVM only starts a non-Application main class.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                org.slf4j.LoggerFactory.getLogger(Launcher.class).error("Uncaught error in {}", thread.getName(), error));
        int exitCode = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        // The GUI returns only when its window closes; a server command returns when it stops.
        System.exit(exitCode);
    }

    /** Parses and runs one command line; returns the process exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Messages messages = Messages.of(cliLocale());
        CommandLine commandLine = new CommandLine(new RootCommand(messages))
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
                            exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage()));
                    return ExitCodes.FAILURE;
                });
        describe(commandLine, messages);
        return commandLine.execute(args);
    }

    /** Command descriptions come from the bundle, like every other text. */
    private static void describe(CommandLine commandLine, Messages messages) {
        Map<String, String> keys = Map.of(
                "penghubung", "cli.description",
                "demo", "cli.demo.description",
                "central", "cli.central.description",
                "sync", "cli.sync.description",
                "export", "cli.export.description",
                "print", "cli.print.description",
                "similar", "cli.similar.description",
                "duplicates", "cli.duplicates.description");
        commandLine.getCommandSpec().usageMessage().description(messages.get(keys.get("penghubung")));
        commandLine.getSubcommands().forEach((name, sub) ->
                sub.getCommandSpec().usageMessage().description(messages.get(keys.get(name))));
    }

    /** Indonesian unless the environment asks for English (PENGHUBUNG_LANG=en). */
    static Locale cliLocale() {
        String lang = System.getenv("PENGHUBUNG_LANG");
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH : Messages.INDONESIAN;
    }
}
