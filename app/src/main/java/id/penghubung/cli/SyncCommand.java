package id.penghubung.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code penghubung sync}: one headless sync of an account's cache. */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--server", paramLabel = "URL", required = true, descriptionKey = "cli.sync.server")
    private String server;

    @Option(names = "--user", paramLabel = "NAME", required = true, descriptionKey = "cli.sync.user")
    private String user;

    @Override
    public Integer call() {
        return NotYetAvailable.report(spec, root);
    }
}
