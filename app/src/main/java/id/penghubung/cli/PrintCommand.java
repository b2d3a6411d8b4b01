package id.penghubung.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code penghubung print}: case files to one PDF, no window. */
@Command(name = "print", mixinStandardHelpOptions = true)
final class PrintCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selection selection;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, descriptionKey = "cli.print.out")
    private Path out;

    static final class Selection {
        @Option(names = "--case", paramLabel = "TRACKING_ID", arity = "1..*", descriptionKey = "cli.print.case")
        List<String> cases;

        @Option(names = "--overdue", descriptionKey = "cli.print.overdue")
        boolean overdue;
    }

    @Override
    public Integer call() {
        return NotYetAvailable.report(spec, root);
    }
}
