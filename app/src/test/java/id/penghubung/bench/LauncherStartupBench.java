package id.penghubung.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How long a cold JVM takes from start to printing --version: the floor under every command. */
@Tag("bench")
class LauncherStartupBench {
    private static final int RUNS = 10;

    @Test
    void startUpToVersion() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "id.penghubung.cli.Launcher", "--version");
        runOnce(command); // warm the file cache, not the JVM
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            String output = runOnce(command);
            millis[i] = (System.nanoTime() - start) / 1e6;
            assertThat(output).startsWith("Penghubung ");
        }
        BenchReport.write("launcher-startup-version", Map.of(
                "runs", RUNS,
                "medianMs", BenchReport.percentile(millis, 50),
                "p95Ms", BenchReport.percentile(millis, 95),
                "maxMs", BenchReport.percentile(millis, 100)));
    }

    private static String runOnce(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return output;
    }
}
