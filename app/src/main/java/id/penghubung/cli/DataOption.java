package id.penghubung.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The shared {@code --data DIR} option: where accounts, caches and logs live. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "cli.option.data")
    private Path data;

    public Optional<Path> explicit() {
        return Optional.ofNullable(data);
    }

    /** The chosen folder, or the operating system's per-user data folder. */
    public Path resolve() {
        return explicit().orElseGet(AppDirectories::defaultDataDirectory).toAbsolutePath();
    }
}
