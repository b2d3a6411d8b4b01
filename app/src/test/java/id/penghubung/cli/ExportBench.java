package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.bench.BenchReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} of 100,000 cached complaints (1,000 synthetic ones copied 100 times), CSV then JSON,
 * in this JVM; the best of two runs each. Writes target/bench/ExportBench.json.
 */
@Tag("bench")
class ExportBench {
    static final int COPIES = Integer.getInteger("penghubung.bench.exportCopies", 100);

    @TempDir
    Path data;

    @Test
    void export100000() throws Exception {
        long t0 = System.nanoTime();
        LocalAccount.createCopied(data, ExportHeapTest.SEEDED, COPIES);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("complaints", ExportHeapTest.SEEDED * COPIES);
        results.put("seedSeconds", (System.nanoTime() - t0) / 1e9);
        for (String format : new String[] {"csv", "json"}) {
            double best = Double.MAX_VALUE;
            for (int run = 0; run < 2; run++) {
                Path out = data.resolve("kasus-" + run + "." + format);
                long start = System.nanoTime();
                InputStream stdin = System.in;
                StringWriter err = new StringWriter();
                try {
                    System.setIn(new ByteArrayInputStream((LocalAccount.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
                    assertThat(Launcher.run(new String[] {"export", "--data", data.toString(), "--format", format, "--out",
                            out.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)))
                            .as(err.toString()).isZero();
                } finally {
                    System.setIn(stdin);
                }
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
                results.put(format + "MiB", Files.size(out) / (1024 * 1024));
                Files.delete(out);
            }
            results.put(format + "Seconds", best);
        }
        Path report = BenchReport.write("ExportBench", results);
        System.out.println("ExportBench: " + results + " -> " + report);
    }
}
