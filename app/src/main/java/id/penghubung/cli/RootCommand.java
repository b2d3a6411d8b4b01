package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;

/** {@code penghubung}: with no sub-command, the desktop application. */
@Command(name = "penghubung",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class)
public final class RootCommand implements Callable<Integer> {
    /**
     * The sub-commands in the order help lists them. {@link Launcher} registers only the one a command line names
     * (picocli builds the model of every registered command, loading its classes), all of them otherwise.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(DemoCommand.class, CentralCommand.class, SyncCommand.class,
            ExportCommand.class, PrintCommand.class, CalendarCommand.class, DiagnoseCommand.class, SimilarCommand.class,
            DuplicatesCommand.class, ReportCommand.class, RebuildCommand.class, ImportCommand.class);

    private final Messages messages;

    @Mixin
    private DataOption data;

    public RootCommand(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }

    @Override
    public Integer call() {
        openDesk(data.resolve(), messages.locale());
        return ExitCodes.OK;
    }

    /** The desk on its sign-in screen; {@link Launcher} calls this directly for a line that only opens the desk. */
    static void openDesk(Path dataFolder, Locale locale) {
        Logging.configure(dataFolder);
        DesktopStart.run(dataFolder, locale, "", List.of());
    }

    /** Prints "Penghubung 0.1.0". */
    public static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.line()};
        }
    }
}
