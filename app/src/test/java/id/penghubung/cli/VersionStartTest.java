package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code penghubung --version} is IT's quick check of an install: a whole process that answers before the
 * command-line parser, the message bundles, logging or JavaFX load (the class-loading log of a real JVM says so).
 */
class VersionStartTest {
    @Test
    void versionAloneLoadsNeitherTheParserNorLoggingNorJavaFx() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xshare:auto", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        List<String> lines = output.lines().toList();
        assertThat(lines).anyMatch(line -> line.matches("Penghubung \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
        assertThat(lines).as("classes loaded for --version").anyMatch(line -> line.contains(" id.penghubung.cli.Launcher "))
                .noneMatch(line -> line.contains(" picocli.") || line.contains(" ch.qos.logback.") || line.contains(" org.slf4j.")
                        || line.contains(" javafx.") || line.contains(" id.penghubung.i18n.Messages "));
    }
}
