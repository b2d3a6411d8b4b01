package id.penghubung.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine was with work other than a whole-process bench's own while it measured: the CPU time every core
 * spent busy ({@code /proc/stat}) less the measured children's CPU and this JVM's, as a share of what the cores could
 * give in the same wall time. The load average cannot tell: a bench whose children keep two cores busy pushes it past
 * the cores by itself. A bench judges its wall time when this share is small, and its CPU time when other work shared
 * the cores. Linux only; elsewhere the share is unknown ({@link Double#NaN}).
 */
public final class MachineLoad {
    /** Others may have used this share of the cores for a bench still to judge on wall time. */
    public static final double QUIET = 0.10;
    private static final Path STAT = Path.of("/proc/stat");
    /** USER_HZ: the kernel's tick for /proc/stat, 100 on every Linux the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final int cores = Runtime.getRuntime().availableProcessors();
    private long busyNanos;
    private long ownNanos;
    private long childrenNanos;
    private long wallNanos;
    private long startBusy;
    private long startOwn;
    private long startWall;
    private boolean known = true;

    /** Starts a measured window (a child's start). */
    public void begin() {
        startBusy = busy();
        startOwn = own();
        startWall = System.nanoTime();
    }

    /** Ends the window begun last; {@code childCpuNanos} is what the measured child used in it. */
    public void end(long childCpuNanos) {
        wallNanos += System.nanoTime() - startWall;
        long endBusy = busy();
        known &= startBusy >= 0 && endBusy >= 0;
        busyNanos += endBusy - startBusy;
        ownNanos += own() - startOwn;
        childrenNanos += childCpuNanos;
    }

    /** Others' share of the cores over every window so far: 0 for none, 1 for every core busy with other work. */
    public double othersShare() {
        if (!known || wallNanos == 0) {
            return Double.NaN;
        }
        double others = busyNanos - childrenNanos - ownNanos;
        return Math.max(0, others) / ((double) wallNanos * cores);
    }

    /** True when others used at most {@link #QUIET} of the cores (and the share is known). */
    public boolean quiet() {
        return othersShare() <= QUIET;
    }

    private static long busy() {
        try {
            // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is counted in user)
            String[] f = Files.readAllLines(STAT).getFirst().trim().split("\\s+");
            long ticks = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                ticks += Long.parseLong(f[i]);
            }
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long own() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
