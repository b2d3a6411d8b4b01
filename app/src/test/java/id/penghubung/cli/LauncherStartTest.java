package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a whole process loads before it works, from a real JVM's class-loading log: {@code penghubung --version}
 * (IT's quick check of an install) answers before the command-line parser, the message bundles, logging or
 * JavaFX load; a sub-command builds only its own command model, not every other command's.
 */
class LauncherStartTest {
    @Test
    void versionAloneLoadsNeitherTheParserNorLoggingNorJavaFx() throws IOException, InterruptedException {
        List<String> lines = classesLoaded("--version");
        assertThat(lines).anyMatch(line -> line.matches("Penghubung \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
        assertThat(lines).as("classes loaded for --version").anyMatch(line -> line.contains(" id.penghubung.cli.Launcher "))
                .noneMatch(line -> line.contains(" picocli.") || line.contains(" ch.qos.logback.") || line.contains(" org.slf4j.")
                        || line.contains(" javafx.") || line.contains(" id.penghubung.i18n.Messages "));
    }

    @Test
    void aSubCommandLoadsNoOtherCommand() throws IOException, InterruptedException {
        List<String> lines = classesLoaded("print", "--help");
        assertThat(lines).anyMatch(line -> line.contains(" id.penghubung.cli.PrintCommand "))
                .as("classes loaded for print --help")
                .noneMatch(line -> line.contains(" id.penghubung.central.") || line.contains(" id.penghubung.cli.DemoCommand$")
                        || line.contains(" id.penghubung.cli.ImportCommand$") || line.contains(" id.penghubung.cli.ExportCommand$"));
    }

    /** The class-loading log (and output) of one whole launcher process with {@code args}. */
    private static List<String> classesLoaded(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return output.lines().toList();
    }
}
