package id.penghubung.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux image's script launcher (installer/src/linux/launcher.sh) starts the program as jpackage's launcher
 * would: the image's own java, the .cfg's class path, main class and Java options with {@code $APPDIR} replaced,
 * the .cfg's default arguments only when the command line has none; also through a symbolic link elsewhere.
 * Run on a small image of this JDK's java and a probe class that prints what it was given.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherScriptTest {
    /** The command lines that open the desk: no sub-command (only --data), or demo. */
    private static final List<List<String>> DESK_LINES =
            List.of(List.of("--data", "d"), List.of("--data=d"), List.of("demo"), List.of("--data", "d", "demo"));

    @TempDir
    Path image;

    /** Prints its system properties of interest and its arguments, one a line. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println("appdir=" + System.getProperty("probe.appdir"));
            System.out.println("spaced=" + System.getProperty("probe.spaced"));
            System.out.println("app-path=" + System.getProperty("jpackage.app-path"));
            System.out.println("java=" + System.getProperty("probe.java"));
            System.out.println("classpath=" + System.getProperty("java.class.path"));
            System.out.println("quick=" + ManagementFactory.getRuntimeMXBean().getInputArguments()
                    .containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn256m")));
            System.out.println("hugePages=" + ManagementFactory.getRuntimeMXBean().getInputArguments()
                    .contains("-XX:+UseTransparentHugePages"));
            for (String arg : args) {
                System.out.println("arg=" + arg);
            }
        }
    }

    @BeforeEach
    void smallImage() throws IOException {
        Path top = Path.of("").toAbsolutePath();
        while (!Files.exists(top.resolve("installer/src/linux/launcher.sh"))) {
            top = top.getParent();
        }
        Path bin = Files.createDirectories(image.resolve("bin"));
        Files.copy(top.resolve("installer/src/linux/launcher.sh"), bin.resolve("Penghubung"));
        Files.setPosixFilePermissions(bin.resolve("Penghubung"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path runtimeBin = Files.createDirectories(image.resolve("lib/runtime/bin"));
        // The image's "java": this JDK's, marked so the probe can tell it was the one started. It names the class-data
        // options it was given (sharing=...) and keeps them from this JDK, which has neither that archive nor that cache.
        Files.writeString(runtimeBin.resolve("java"), "#!/bin/bash\nkept=()\nfor a in \"$@\"; do case $a in"
                + " -XX:SharedArchiveFile=*|-XX:AOTCache=*|-Xlog:aot=*) echo \"sharing=$a\" ;; *) kept+=(\"$a\") ;; esac; done\n"
                + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -Dprobe.java=image \"${kept[@]}\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(runtimeBin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path classes = Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("lib/app/Penghubung.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/penghubung.jar",
                "app.mainclass=" + Probe.class.getName(),
                "app.classpath=" + classes,
                "",
                "[JavaOptions]",
                "java-options=-Dprobe.appdir=$APPDIR",
                "java-options=-Dprobe.spaced=two words",
                "",
                "[ArgOptions]",
                "arguments=--default",
                ""), StandardCharsets.UTF_8);
    }

    @Test
    void startsTheImagesJavaWithTheCfgsClassPathOptionsAndTheCommandLine() throws Exception {
        Path launcher = image.resolve("bin/Penghubung").toRealPath();
        List<String> lines = run(launcher.toString(), "--version", "a b");
        Path appDir = image.toRealPath().resolve("lib/app");
        assertThat(lines).containsExactly(
                "appdir=" + appDir,
                "spaced=two words",
                "app-path=" + launcher,
                "java=image",
                "classpath=" + appDir.resolve("penghubung.jar") + ":"
                        + Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().getPath()),
                "quick=false",
                "hugePages=false",
                "arg=--version",
                "arg=a b");
    }

    @Test
    void theCfgsArgumentsOnlyWhenTheCommandLineHasNone() throws Exception {
        assertThat(run(image.resolve("bin/Penghubung").toString())).contains("arg=--default");
        assertThat(run(image.resolve("bin/Penghubung").toString(), "x")).contains("arg=x").doesNotContain("arg=--default");
    }

    /** A one-shot print runs with the quick compiler and the serial collector; the desk and other commands do not. */
    @Test
    void printRunsWithTheQuickCompilerAndTheSerialCollector() throws Exception {
        String launcher = image.resolve("bin/Penghubung").toString();
        assertThat(run(launcher, "print", "--case", "1")).contains("quick=true", "arg=print");
        assertThat(run(launcher, "export")).contains("quick=false");
        assertThat(run(launcher)).contains("quick=false", "arg=--default");
    }

    /**
     * The desk and print (they unlock the key) put the heap in transparent huge pages when this kernel offers them to a
     * program that asks (madvise or always); never the other commands, never where the kernel says never.
     */
    @Test
    void theDeskAndPrintAskForHugePagesWhenTheKernelOffersThem() throws Exception {
        Path modes = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(modes) ? Files.readString(modes) : "";
        boolean offered = mode.contains("[always]") || mode.contains("[madvise]");
        String launcher = image.resolve("bin/Penghubung").toString();
        List<List<String>> asks = new ArrayList<>(DESK_LINES);
        asks.add(List.of("print", "--data", "d", "--case", "1"));
        for (List<String> line : asks) {
            assertThat(run(launcher, line)).as("%s on a kernel with %s", line, mode).contains("hugePages=" + offered);
        }
        for (List<String> command : List.of(List.of("--version"), List.of("--data", "d", "export"), List.of("sync"),
                List.of("--help"), List.of("central"))) {
            assertThat(run(launcher, command)).as("%s", command).contains("hugePages=false");
        }
    }

    /**
     * The desk (no sub-command, or demo) starts with the image's AOT cache when it has one, in place of the
     * application archive; --version and the commands keep the archive; without a cache, nothing changes.
     */
    @Test
    void theDeskAloneStartsWithTheAotCacheWhenTheImageHasOne() throws Exception {
        Path appDir = imageWithArchive();
        String launcher = image.resolve("bin/Penghubung").toString();
        String archive = sharing("SharedArchiveFile", appDir.resolve("penghubung.jsa"));
        String cache = sharing("AOTCache", appDir.resolve("penghubung-desk.aot"));
        assertThat(run(launcher, "--data", "d")).contains(archive).doesNotContain(cache);

        Files.writeString(appDir.resolve("penghubung-desk.aot"), "trained");
        for (List<String> desk : DESK_LINES) {
            assertThat(run(launcher, desk)).as("%s", desk).contains(cache, "sharing=-Xlog:aot=off")
                    .doesNotContain(archive);
        }
        for (List<String> command : List.of(List.of("--version"), List.of("-V"), List.of("print", "--case", "1"),
                List.of("--data", "d", "export"), List.of("--help"))) {
            assertThat(run(launcher, command)).as("%s", command).contains(archive).doesNotContain(cache);
        }
    }

    /**
     * print starts with the image's print-trained AOT cache when it has one, in place of the application archive and
     * beside the quick options; the desk, --version and the other commands never get it; without it, nothing changes.
     */
    @Test
    void printAloneStartsWithThePrintCacheWhenTheImageHasOne() throws Exception {
        Path appDir = imageWithArchive();
        String launcher = image.resolve("bin/Penghubung").toString();
        String archive = sharing("SharedArchiveFile", appDir.resolve("penghubung.jsa"));
        String cache = sharing("AOTCache", appDir.resolve("penghubung-print.aot"));
        List<String> print = List.of("print", "--data", "d", "--case", "1", "--out", "x.pdf");
        assertThat(run(launcher, print)).contains(archive, "quick=true").doesNotContain(cache);

        Files.writeString(appDir.resolve("penghubung-print.aot"), "trained");
        assertThat(run(launcher, print)).contains(cache, "sharing=-Xlog:aot=off", "quick=true").doesNotContain(archive);
        for (List<String> command : List.of(List.of("--version"), List.of("--data", "d"), List.of("demo"),
                List.of("--data", "d", "export"), List.of("report"), List.of("--help"))) {
            assertThat(run(launcher, command)).as("%s", command).doesNotContain(cache);
        }
        assertThat(run(launcher, "--version")).contains(archive);
    }

    @Test
    void findsItsImageThroughASymbolicLink(@TempDir Path usrBin) throws Exception {
        Path link = Files.createSymbolicLink(usrBin.resolve("penghubung"), image.resolve("bin/Penghubung"));
        assertThat(run(link.toString(), "--version"))
                .contains("appdir=" + image.toRealPath().resolve("lib/app"), "arg=--version");
    }

    /** The line the image's "java" prints for a class-data option it was given. */
    private static String sharing(String option, Path file) {
        return "sharing=-XX:" + option + "=" + file;
    }

    /** The image's configuration names an application archive, as cds-archive.sh leaves it; the image's lib/app. */
    private Path imageWithArchive() throws IOException {
        Path cfg = image.resolve("lib/app/Penghubung.cfg");
        Files.writeString(cfg, Files.readString(cfg).replace("[ArgOptions]",
                "java-options=-XX:SharedArchiveFile=$APPDIR/penghubung.jsa\n\n[ArgOptions]"));
        return image.toRealPath().resolve("lib/app");
    }

    private static List<String> run(String launcher, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher));
        command.addAll(arguments);
        return run(command.toArray(String[]::new));
    }

    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return new ArrayList<>(output.lines().toList());
    }
}
