package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.support.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code penghubung diagnose}: a zip for the agency's IT support ({@link Diagnostics}): versions,
 * settings, integrity, counts and states, the newest logs; no identity, complaint text or secret.
 * Signs in like {@code export} (the cache's integrity check and counts need the unlocked store).
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true)
final class DiagnoseCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true, descriptionKey = "cli.diagnose.out")
    private Path out;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "sync.cli.userOption")
    private String user;

    @Override
    public Integer call() throws IOException {
        Path dataFolder = data.resolve();
        Logging.configure(dataFolder);
        Messages messages = root.messages();
        try (AccountCache cache = AccountCache.open(dataFolder, user, messages)) {
            new Diagnostics(dataFolder, cache.account(), cache.store(), Version.current(), Clock.systemUTC()).writeZip(out);
        }
        spec.commandLine().getErr().println(messages.get("cli.diagnose.done", out));
        return ExitCodes.OK;
    }
}
