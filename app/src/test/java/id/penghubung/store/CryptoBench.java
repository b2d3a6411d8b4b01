package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.bench.BenchReport;
import id.penghubung.model.Complaint;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.EncryptedFiles;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.KeyWrap;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What encryption at rest costs: the KDF at sign-in, a sealed value, a 25 MiB attachment, a pull. */
@Tag("bench")
class CryptoBench {
    @TempDir
    Path dir;

    @Test
    void costs() throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        Path keyFile = dir.resolve("key.json");
        long t0 = System.nanoTime();
        DataKey key = KeyWrap.create(keyFile, "latihan123".toCharArray());
        r.put("keyCreateMs", (System.nanoTime() - t0) / 1_000_000);
        key.close();
        t0 = System.nanoTime();
        key = KeyWrap.unlock(keyFile, "latihan123".toCharArray());
        r.put("keyUnlockDefaultKdfMs", (System.nanoTime() - t0) / 1_000_000);

        FieldCipher cipher = FieldCipher.of(key);
        for (int i = 0; i < 20_000; i++) {
            cipher.open(cipher.seal("3374015507880003", "reporter.nik|c-" + i), "reporter.nik|c-" + i);
        }
        int n = 200_000;
        t0 = System.nanoTime();
        byte[] last = null;
        for (int i = 0; i < n; i++) {
            last = cipher.seal("Siti Rahmawati Kusumadewi", "reporter.name|c-" + i);
        }
        r.put("sealNsPerValue", (System.nanoTime() - t0) / n);
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            cipher.open(last, "reporter.name|c-" + (n - 1));
        }
        r.put("openNsPerValue", (System.nanoTime() - t0) / n);

        byte[] file = new byte[25 * 1024 * 1024];
        new Random(1).nextBytes(file);
        EncryptedFiles files = EncryptedFiles.of(key);
        Path f = dir.resolve("att");
        t0 = System.nanoTime();
        files.encrypt(new ByteArrayInputStream(file), f, "attachment|x");
        r.put("encrypt25MiBMs", (System.nanoTime() - t0) / 1_000_000);
        t0 = System.nanoTime();
        assertThat(files.readAll(f, "attachment|x")).hasSize(file.length);
        r.put("decrypt25MiBMs", (System.nanoTime() - t0) / 1_000_000);

        SyntheticComplaints gen = new SyntheticComplaints(3);
        int count = 20_000;
        for (String mode : List.of("plain", "keyed", "plain", "keyed")) {
            Path db = dir.resolve(mode + System.nanoTime() + ".db");
            FieldCipher c = mode.equals("keyed") ? cipher : FieldCipher.plain();
            try (CaseStore store = CaseStore.open(db, SyntheticComplaints.deadlines(), Clock.systemUTC(), c)) {
                t0 = System.nanoTime();
                for (int from = 0; from < count; from += 1000) {
                    List<Complaint> page = gen.page(from, 1000);
                    store.applyPage(page, List.of(), "c" + from);
                }
                r.put("import20k_" + mode + "Ms", (System.nanoTime() - t0) / 1_000_000);
            }
        }
        key.close();
        BenchReport.write("crypto", r);
    }
}
