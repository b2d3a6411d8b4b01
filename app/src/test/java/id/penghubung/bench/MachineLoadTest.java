package id.penghubung.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Another process spinning on a core is other work; the same process counted as the measured child is not. */
@Tag("bench")
class MachineLoadTest {
    @Test
    void aSpinningProcessIsOtherWorkUnlessItIsTheMeasuredChild() throws Exception {
        assumeThat(Files.isReadable(Path.of("/proc/stat"))).isTrue();
        int cores = Runtime.getRuntime().availableProcessors();
        MachineLoad asOthers = new MachineLoad();
        MachineLoad asChild = new MachineLoad();
        Process spinner = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            asOthers.begin();
            asChild.begin();
            long cpuBefore = cpuNanos(spinner);
            // Real time on the real machine: the share is CPU time over wall time, so there is no clock to fake.
            assertThat(spinner.waitFor(1_500, TimeUnit.MILLISECONDS)).as("the spinner still spins").isFalse();
            long spun = cpuNanos(spinner) - cpuBefore;
            asOthers.end(0);
            asChild.end(spun);
            // One busy core of `cores`, whatever else the machine ran meanwhile.
            assertThat(asOthers.othersShare()).isGreaterThan(0.8 / cores);
            assertThat(asOthers.quiet()).isFalse();
            assertThat(asChild.othersShare()).isLessThan(asOthers.othersShare() - 0.5 / cores);
        } finally {
            spinner.destroyForcibly();
            spinner.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static long cpuNanos(Process process) throws Exception {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    }
}
