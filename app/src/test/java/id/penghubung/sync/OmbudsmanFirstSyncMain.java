package id.penghubung.sync;

import com.sun.management.OperatingSystemMXBean;
import id.penghubung.central.CentralServer;
import id.penghubung.model.calendar.CalendarHolder;
import id.penghubung.testing.HeapPeak;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The desk side of {@link OmbudsmanSyncBench}, in its own JVM so its heap limit is real: signs in as
 * the CLI and the desk do ({@link SignInService#standard}: encrypted cache, Argon2id key) and runs one
 * sync, then writes what it measured as properties to the file named by the third argument.
 * Arguments: server URL, data folder, results file, user.
 */
public final class OmbudsmanFirstSyncMain {
    private OmbudsmanFirstSyncMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path data = Path.of(args[1]);
        Path results = Path.of(args[2]);
        String user = args[3];
        HeapPeak heap = HeapPeak.start();
        long start = System.nanoTime();
        SignInResult result = SignInService.standard(data, CalendarHolder.withBundled())
                .signIn(url, user, CentralServer.TRAINING_PASSWORD.toCharArray());
        if (!(result instanceof SignInResult.SignedIn signedIn)) {
            throw new IllegalStateException("sign-in failed: " + result);
        }
        long signedInNanos = System.nanoTime() - start;
        SyncReport report;
        try (Session session = signedIn.session()) {
            report = session.sync(SyncListener.NONE);
        }
        long nanos = System.nanoTime() - start;
        // The writer's own CPU (pages land on this thread): the floor of the wall time on an idle machine.
        long mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        heap.close();
        Properties p = new Properties();
        p.setProperty("signInSeconds", Double.toString(signedInNanos / 1e9));
        p.setProperty("signInAndSyncSeconds", Double.toString(nanos / 1e9));
        p.setProperty("engineSeconds", Double.toString(report.took().toMillis() / 1e3));
        p.setProperty("mainThreadCpuSeconds", Double.toString(mainCpu / 1e9));
        p.setProperty("pulled", Long.toString(report.pulled()));
        p.setProperty("pages", Integer.toString(report.pages()));
        p.setProperty("requests", Long.toString(report.requests()));
        p.setProperty("bytes", Long.toString(report.bytes()));
        p.setProperty("downloaded", Integer.toString(report.downloaded()));
        p.setProperty("heapPeakSampledMb", Double.toString(heap.sampledMb()));
        p.setProperty("heapPoolPeakMb", Double.toString(HeapPeak.poolPeakMb()));
        p.setProperty("maxHeapMb", Double.toString(Runtime.getRuntime().maxMemory() / 1048576.0));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            p.setProperty("processCpuSeconds", Double.toString(os.getProcessCpuTime() / 1e9));
        }
        try (var out = Files.newOutputStream(results)) {
            p.store(out, "OmbudsmanSyncBench child");
        }
    }
}
