package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} of 100,000 complaints to CSV in a JVM with a 256 MB heap: every complaint once, no heap exhaustion. */
class ExportHeapTest {
    static final int SEEDED = 1_000;
    static final int COPIES = 100;

    @TempDir
    Path data;

    @Test
    void csvExportOf100000ComplaintsFitsA256MbHeap() throws Exception {
        long t0 = System.nanoTime();
        LocalAccount.createCopied(data, SEEDED, COPIES);
        long t1 = System.nanoTime();
        Path csv = data.resolve("keluar/kasus.csv");
        Path log = data.resolve("export.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "export", "--data", data.toString(), "--format", "csv", "--out", csv.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put(SyncCommand.PASSWORD_ENV, LocalAccount.PASSWORD);
        Process export = builder.start();
        try {
            assertThat(export.waitFor(90, TimeUnit.SECONDS)).as("export still running after 90 s").isTrue();
        } finally {
            export.destroyForcibly();
        }
        long t2 = System.nanoTime();
        System.out.printf("ExportHeapTest: seeding %d ms, export %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        assertThat(export.exitValue()).as(Files.readString(log)).isZero();

        Set<String> ids = new HashSet<>();
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().build())) {
            for (CSVRecord r : parser) {
                rows++;
                ids.add(r.get("id"));
            }
        }
        assertThat(rows).isEqualTo((long) SEEDED * COPIES);
        assertThat(ids).as("every complaint exactly once").hasSize(SEEDED * COPIES);
    }
}
