package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * First start on a bare machine, as a whole process: the real JavaFX GTK toolkit fails to start,
 * and the program says what to do in one message and exits with its own code (no stack trace).
 */
class MissingDesktopTest {
    @TempDir
    Path data;

    @Test
    void withoutTheGtkLibrariesTheDeskNamesThePackagesToInstall() throws Exception {
        String xvfb = onPath("Xvfb");
        assumeThat(xvfb).as("an X server to reach the GTK library load (Xvfb)").isNotNull();
        // An unloadable libgtk-3.so.0 first on the library path: exactly what a missing GTK 3 looks like to glass.
        Path fakeLibs = Files.createDirectories(data.resolve("fakelib"));
        Files.write(fakeLibs.resolve("libgtk-3.so.0"), new byte[0]);
        Process x = new ProcessBuilder(xvfb, "-displayfd", "1", "-screen", "0", "640x480x24")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = ":" + new BufferedReader(new InputStreamReader(x.getInputStream(), StandardCharsets.US_ASCII)).readLine().strip();
            Result result = desk(Map.of("DISPLAY", display, "LD_LIBRARY_PATH", fakeLibs.toString()));
            assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCodes.NO_DESKTOP);
            assertThat(result.output()).contains("sudo apt-get install libgtk-3-0", "libgl1")
                    .doesNotContain("\tat ", "UnsupportedOperationException");
        } finally {
            x.destroy();
            x.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutADisplayTheDeskSaysSoAndPointsToTheCommandLine() throws Exception {
        Result result = desk(Map.of());
        assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCodes.NO_DESKTOP);
        assertThat(result.output()).contains("DISPLAY").doesNotContain("\tat ", "UnsupportedOperationException");
    }

    /**
     * The desktop icon starts the program with no argument, which opens the desk without the command-line parser
     * (issue 19): the same message and exit code, and the per-user data folder (here XDG_DATA_HOME) is where it logs.
     */
    @Test
    void startedWithNoArgumentWithoutADisplayTheDeskSaysTheSame() throws Exception {
        Path xdg = data.resolve("xdg");
        Result result = desk(Map.of("XDG_DATA_HOME", xdg.toString()), List.of());
        assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCodes.NO_DESKTOP);
        assertThat(result.output()).contains("DISPLAY").doesNotContain("\tat ", "UnsupportedOperationException");
        assertThat(xdg.resolve("penghubung")).isDirectory();
    }

    private Result desk(Map<String, String> env) throws IOException, InterruptedException {
        return desk(env, List.of("--data", data.resolve("d").toString()));
    }

    private Result desk(Map<String, String> env, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dglass.platform=gtk",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("PENGHUBUNG_LANG", "id");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private record Result(int exitCode, String output) {
    }
}
