package id.penghubung.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code penghubung central}: the training central server in the foreground. */
@Command(name = "central", mixinStandardHelpOptions = true)
final class CentralCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", descriptionKey = "cli.central.port")
    private int port;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.central.seed")
    private long seed;

    @Option(names = "--complaints", paramLabel = "N", defaultValue = "500", descriptionKey = "cli.central.complaints")
    private int complaints;

    @Option(names = "--faults", paramLabel = "SPEC", descriptionKey = "cli.central.faults")
    private String faults;

    @Override
    public Integer call() {
        return NotYetAvailable.report(spec, root);
    }
}
