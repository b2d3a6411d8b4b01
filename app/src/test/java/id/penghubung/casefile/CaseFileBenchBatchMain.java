package id.penghubung.casefile;

import id.penghubung.testing.HeapPeak;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Properties;

/**
 * The 200-file batch of {@link CaseFileBench}, run in its own JVM so the heap limit (-Xmx512m) is
 * real. Writes its measurements as properties to the file named by the second argument.
 */
public final class CaseFileBenchBatchMain {
    private CaseFileBenchBatchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path pdf = Path.of(args[0]);
        Path results = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        CaseFileBench.Fixture fixture = CaseFileBench.Fixture.create();
        HeapPeak heap = HeapPeak.start();
        Iterator<CaseFileRequest> requests = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public CaseFileRequest next() {
                return fixture.request(Integer.toString(9_000_000 + next++));
            }
        };
        long start = System.nanoTime();
        BatchResult result = new CaseFileWriter().writeBatch(requests, count, CaseFiles.options(), pdf, ProgressListener.NONE, () -> false);
        long nanos = System.nanoTime() - start;
        heap.close();
        Properties p = new Properties();
        p.setProperty("seconds", Double.toString(nanos / 1e9));
        p.setProperty("pages", Integer.toString(result.pages()));
        p.setProperty("written", Integer.toString(result.written()));
        p.setProperty("bytes", Long.toString(Files.size(pdf)));
        p.setProperty("heapPeakSampledMb", Double.toString(heap.sampledMb()));
        p.setProperty("heapPoolPeakMb", Double.toString(HeapPeak.poolPeakMb()));
        p.setProperty("maxHeapMb", Double.toString(Runtime.getRuntime().maxMemory() / 1048576.0));
        try (var out = Files.newOutputStream(results)) {
            p.store(out, "CaseFileBench batch");
        }
    }
}
