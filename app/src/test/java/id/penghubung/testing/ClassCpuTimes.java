package id.penghubung.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Diagnostic for issue 16 (decision 0012): the CPU each top-level test class costs, beside its wall time. Off
 * unless JUnit's extension auto-detection is on, e.g.
 * {@code mvn -B -o verify "-Dtest.jvmFlags=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC
 * -Djunit.jupiter.extensions.autodetection.enabled=true"}. Each test JVM then appends one line per class to
 * {@code target/test-logs/cpu-fork-N.tsv}: class, CPU of the test JVM (ms), CPU of the child processes it
 * started and waited for (ms), wall (ms). A fork runs one class at a time, so its process CPU between a
 * class's start and end is that class's (JavaFX, server and pool threads included). Linux only ({@code /proc}).
 */
public final class ClassCpuTimes implements BeforeAllCallback, AfterAllCallback {
    private static final Path STAT = Path.of("/proc/self/stat");
    /** Linux reports process CPU in clock ticks of 10 ms. */
    private static final long MS_PER_TICK = 10;

    private long[] start;
    private long startNanos;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (isTopLevel(context) && Files.isReadable(STAT)) {
            start = ticks();
            startNanos = System.nanoTime();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!isTopLevel(context) || start == null) {
            return;
        }
        long[] end = ticks();
        Path forkLogs = Path.of(System.getProperty("penghubung.log.dir", "target/test-logs/fork-1"));
        Path out = forkLogs.resolveSibling("cpu-" + forkLogs.getFileName() + ".tsv");
        String line = context.getRequiredTestClass().getName() + "\t" + (end[0] - start[0]) * MS_PER_TICK + "\t"
                + (end[1] - start[1]) * MS_PER_TICK + "\t" + (System.nanoTime() - startNanos) / 1_000_000 + "\n";
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTopLevel(ExtensionContext context) {
        return context.getTestClass().map(c -> c.getEnclosingClass() == null).orElse(false);
    }

    /** This process's user+system ticks and those of its waited-for children ({@code proc(5)}: fields 14–17). */
    private static long[] ticks() {
        try {
            String stat = Files.readString(STAT);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[13]) + Long.parseLong(f[14])};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
