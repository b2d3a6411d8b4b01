package id.penghubung.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap a benchmark's child process used at its peak, two ways: the used heap sampled every 20 ms
 * on a scheduler, and the heap pools' own peaks (which also count garbage not yet collected).
 */
public final class HeapPeak implements AutoCloseable {
    private static final double MB = 1_048_576.0;

    private final AtomicLong sampled = new AtomicLong();
    private final ScheduledExecutorService sampler =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("heap-sampler").factory());

    private HeapPeak() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler.scheduleAtFixedRate(() -> sampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 20, TimeUnit.MILLISECONDS);
    }

    /** Starts sampling; {@link #close()} stops it. */
    public static HeapPeak start() {
        return new HeapPeak();
    }

    /** The largest used heap a sample saw, in MiB. */
    public double sampledMb() {
        return sampled.get() / MB;
    }

    /** The sum of the heap pools' peak usage, in MiB. */
    public static double poolPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / MB;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
