package id.penghubung.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code penghubung export}: the local cache's complaints as CSV or JSON. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    enum Format { CSV, JSON }

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--format", paramLabel = "csv|json", required = true, descriptionKey = "cli.export.format")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.export.out")
    private Path out;

    @Override
    public Integer call() {
        return NotYetAvailable.report(spec, root);
    }
}
