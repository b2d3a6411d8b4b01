package id.penghubung.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes one benchmark's results as JSON under target/bench/, with the machine it ran on. */
public final class BenchReport {
    private BenchReport() {
    }

    public static Path write(String name, Map<String, ?> results) {
        Path directory = Path.of(System.getProperty("penghubung.bench.dir", "target/bench"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("benchmark", name);
        document.put("at", Instant.now().toString());
        document.put("machine", machine());
        document.put("results", results);
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark report " + name, e);
        }
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("physicalMemoryBytes", physicalMemory());
        machine.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return machine;
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    /** The value at a percentile (0–100) of unsorted samples. */
    public static double percentile(double[] samples, double percentile) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
