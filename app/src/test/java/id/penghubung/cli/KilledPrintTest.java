package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code print} killed with SIGKILL mid-batch (no shutdown hook runs): the destination folder never
 * holds a partial file, and what the killed process left is gone after the next start.
 */
class KilledPrintTest {
    private static final int CASES = 120;

    @TempDir
    Path data;

    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    @Test
    void aKilledPrintLeavesNoPartFileAndTheNextStartSweepsTheSpool() throws Exception {
        long t0 = System.nanoTime();
        LocalAccount.create(data, CASES, List.of());
        long t1 = System.nanoTime();
        Path outFolder = Files.createDirectories(data.resolve("keluar"));
        Path tmp = Files.createDirectories(data.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "print", "--data", data.toString(), "--out", outFolder.resolve("berkas.pdf").toString(),
                "--case"));
        command.addAll(LocalAccount.trackingIds(CASES));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("print.log").toFile());
        builder.environment().put(SyncCommand.PASSWORD_ENV, LocalAccount.PASSWORD);
        Process print = builder.start();
        try {
            // In progress: the batch's file has been started somewhere (spool or destination).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partFiles(data).isEmpty()) {
                assertThat(print.isAlive()).as("print ended before it could be killed: %s",
                        Files.readString(data.resolve("print.log"))).isTrue();
                assertThat(System.nanoTime()).as("no part file within 60 s").isLessThan(deadline);
                print.waitFor(20, TimeUnit.MILLISECONDS);
            }
            System.out.printf("KilledPrintTest: account %d ms, print started %d ms%n", (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t1) / 1_000_000);
        } finally {
            print.destroyForcibly();
            assertThat(print.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Stream<Path> files = Files.list(outFolder)) {
            assertThat(files).as("the destination never sees a partial file").isEmpty();
        }

        // The next start (here: another print) sweeps what the killed one left, in the spool and in tmp.
        System.setIn(new ByteArrayInputStream((LocalAccount.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        StringWriter err = new StringWriter();
        Path one = outFolder.resolve("satu.pdf");
        assertThat(Launcher.run(new String[] {"print", "--data", data.toString(), "--out", one.toString(), "--case",
                LocalAccount.trackingIds(1).getFirst()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)))
                .as(err.toString()).isZero();
        assertThat(partFiles(data)).isEmpty();
        try (Stream<Path> files = Files.list(outFolder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("satu.pdf");
        }
        try (Stream<Path> files = Files.walk(tmp)) {
            // (SQLite's native library is unpacked there by design; it holds no case data.)
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("sqlite-"))).as("no scratch file of the killed print in the system temp").isEmpty();
        }
    }

    private static List<Path> partFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
