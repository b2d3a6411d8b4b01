package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void versionPrintsTheProductAndBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).matches("Penghubung \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void helpListsEverySubCommandInIndonesian() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("demo", "central", "sync", "export", "print")
                .contains("Meja kerja pejabat penghubung");
    }

    /** Only a line that opens the desk skips the parser; anything else (a typo included) still gets picocli's answer. */
    @Test
    void onlyADeskLineSkipsTheParser() {
        assertThat(Launcher.deskOnly(new String[0])).contains(AppDirectories.defaultDataDirectory().toAbsolutePath());
        assertThat(Launcher.deskOnly(new String[] {"--data", "kantor"})).contains(Path.of("kantor").toAbsolutePath());
        assertThat(Launcher.deskOnly(new String[] {"--data=kantor"})).contains(Path.of("kantor").toAbsolutePath());
        for (String[] line : new String[][] {{"--data"}, {"--data="}, {"--data", "--help"}, {"--data", "kantor", "demo"},
                {"demo"}, {"--help"}, {"-V"}, {"--dat", "kantor"}, {"kantor"}, {"--data", "kantor", "--data", "lain"}}) {
            assertThat(Launcher.deskOnly(line)).as(String.join(" ", line)).isEmpty();
        }
    }

    @Test
    void unknownSubCommandIsOneLineAndExitTwo() {
        assertThat(run("teleport")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("teleport").contains("--help");
    }

    @Test
    void missingRequiredOptionIsOneLineAndExitTwo() {
        assertThat(run("sync", "--user", "penghubung")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("--server");
    }

    @Test
    void printNeedsExactlyOneSelection() {
        assertThat(run("print", "--out", "x.pdf")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("print", "--out", "x.pdf", "--overdue", "--case", "123")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void dataFolderFollowsEachOperatingSystem() {
        assertThat(AppDirectories.dataDirectory("Linux", "/home/rina", Map.of()))
                .isEqualTo(Path.of("/home/rina/.local/share/penghubung"));
        assertThat(AppDirectories.dataDirectory("Linux", "/home/rina", Map.of("XDG_DATA_HOME", "/data/x")))
                .isEqualTo(Path.of("/data/x/penghubung"));
        assertThat(AppDirectories.dataDirectory("Mac OS X", "/Users/rina", Map.of()))
                .isEqualTo(Path.of("/Users/rina/Library/Application Support/Penghubung"));
        assertThat(AppDirectories.dataDirectory("Windows 11", "C:\\Users\\rina", Map.of("APPDATA", "C:\\Users\\rina\\AppData\\Roaming")))
                .isEqualTo(Path.of("C:\\Users\\rina\\AppData\\Roaming", "Penghubung"));
    }
}
