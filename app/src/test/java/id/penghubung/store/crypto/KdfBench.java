package id.penghubung.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.bench.BenchReport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline guessing (issue 21): what one password guess costs against key.json / the verifier, per
 * candidate KDF, as CPU time of one core (so the figure holds on a busy machine: guesses per second
 * per core = 1000 / cpuMs) and as wall time of a full unlock. Median of 5 after 2 warm-ups.
 */
@Tag("bench")
class KdfBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    void guessesPerSecondPerCore() throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("loadAverage1m", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        char[] password = "latihan123".toCharArray();
        byte[] salt = new byte[16];
        for (Kdf kdf : List.of(Kdf.PBKDF2_600K, Kdf.pbkdf2(1_200_000), Kdf.argon2id(19 * 1024, 2, 1),
                Kdf.argon2id(46 * 1024, 1, 1), Kdf.DEFAULT, Kdf.argon2id(64 * 1024, 3, 1))) {
            double[] cpu = new double[5];
            double[] wall = new double[5];
            for (int i = -2; i < cpu.length; i++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                kdf.derive(password, salt, 32);
                if (i >= 0) {
                    cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                    wall[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cpuMsPerGuess", Math.round(cpu[2]));
            m.put("wallMsPerGuess", Math.round(wall[2]));
            m.put("guessesPerSecondPerCore", Math.round(10_000 / cpu[2]) / 10.0);
            r.put(kdf.toString(), m);
        }
        Path keyFile = dir.resolve("key.json");
        KeyWrap.create(keyFile, password).close();
        long t0 = System.nanoTime();
        KeyWrap.unlock(keyFile, password).close();
        r.put("unlockDefaultWallMs", (System.nanoTime() - t0) / 1_000_000);
        r.put("loadAverage1mAfter", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(KeyWrap.kdf(keyFile)).isEqualTo(Kdf.DEFAULT);
        BenchReport.write("kdf", r);
    }
}
