package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.penghubung.bench.BenchReport;
import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.store.account.Account;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.EncryptedFiles;
import id.penghubung.store.crypto.KeyWrap;
import id.penghubung.sync.AttachmentFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue #19's print targets, whole processes on a synced cache (about 100,000 complaints, the training world's
 * photos in the attachment store): {@code print --case} of one case file, its CPU apart from the key unlock
 * (sized by a cold child JVM that only unlocks), and 20 case files against headless Chromium printing the same
 * text and pictures ({@code app/bench/print-vs-chromium.sh}: alternating, median of 5). The filled data folder
 * is kept under target/ so a second run skips the sync.
 */
@Tag("bench")
class PrintBench {
    /** The training world's size; the account {@code penghubung} sees a little over half of it. */
    private static final int WORLD = Integer.getInteger("penghubung.bench.world", 180_000);
    private static final int RUNS = 5;
    private static final String PASSWORD = CentralServer.TRAINING_PASSWORD;
    private static final List<String> QUICK_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @Test
    void printAgainstItsTargets() throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("loadBefore", load());
        Path data = data();
        Account account = new AccountRegistry(data).accounts().getFirst();
        results.put("cachedComplaints", count(account, "select count(*) from complaint"));
        List<String> cases = casesWithPictures(account, 20);
        assertThat(cases).hasSize(20);

        // One case file: whole process, and the unlock alone, alternating.
        List<String> print = new ArrayList<>(app());
        print.addAll(List.of("print", "--data", data.toString(), "--case", cases.getFirst(), "--out",
                data.resolve("one.pdf").toString()));
        List<String> unlock = List.of(java(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                UnlockTimingMain.class.getName(), account.folder().toString());
        double[] printWall = new double[RUNS];
        double[] printCpu = new double[RUNS];
        double[] unlockWall = new double[RUNS];
        double[] unlockCpu = new double[RUNS];
        // The same print with the JVM options a launcher could give a one-shot command: no C2 compiler (its
        // compilations cost more than they save in a few seconds) and the serial collector.
        List<String> quick = new ArrayList<>(print);
        quick.addAll(1, QUICK_JVM_OPTIONS);
        double[] quickCpu = new double[RUNS];
        run(print); // the file cache, not the JVM
        for (int i = 0; i < RUNS; i++) {
            double[] whole = timed(print);
            printWall[i] = whole[0];
            printCpu[i] = whole[1];
            quickCpu[i] = timed(quick)[1];
            List<String> lines = run(unlock).strip().lines().toList();
            String[] span = lines.getLast().split(" ");
            unlockWall[i] = Double.parseDouble(span[0]);
            unlockCpu[i] = Double.parseDouble(span[1]);
        }
        double printCpuMedian = BenchReport.percentile(printCpu, 50);
        double unlockCpuMedian = BenchReport.percentile(unlockCpu, 50);
        results.put("oneCaseWallSeconds", BenchReport.percentile(printWall, 50));
        results.put("oneCaseCpuSeconds", printCpuMedian);
        results.put("unlockWallSeconds", BenchReport.percentile(unlockWall, 50));
        results.put("unlockThreadCpuSeconds", unlockCpuMedian);
        results.put("oneCaseCpuWithoutUnlockSeconds", printCpuMedian - unlockCpuMedian);
        results.put("quickJvmOptions", String.join(" ", QUICK_JVM_OPTIONS));
        results.put("oneCaseCpuSecondsWithQuickJvmOptions", BenchReport.percentile(quickCpu, 50));

        // Twenty case files against Chromium: the script makes the HTML from our PDF and alternates the runs.
        Path json = Path.of("target", "bench", "print-vs-chromium.json").toAbsolutePath();
        List<String> script = new ArrayList<>(List.of("bash", Path.of("bench", "print-vs-chromium.sh").toString(),
                data.toString(), "-"));
        script.addAll(cases);
        ProcessBuilder builder = new ProcessBuilder(script).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PENGHUBUNG_PASSWORD", PASSWORD, "JAVA", java(), "RUNS", String.valueOf(RUNS),
                "OUT", json.toString(), "APP_CLASSPATH", System.getProperty("java.class.path")));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        JsonNode twenty = new ObjectMapper().readTree(json.toFile());
        results.put("twentyCases", twenty);
        results.put("loadAfter", load());
        BenchReport.write("print", results);

        // Every target is checked and reported, not only the first one missed.
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(twenty.path("images").asInt()).as("pictures in the 20 case files").isGreaterThanOrEqualTo(20);
            soft.assertThat(printCpuMedian - unlockCpuMedian).as("one case file's CPU without the unlock, s")
                    .isLessThanOrEqualTo(1.0);
            soft.assertThat(unlockCpuMedian).as("the unlock's CPU, s").isLessThanOrEqualTo(0.5);
            if (!twenty.path("chromium").asText().equals("absent")) {
                soft.assertThat(twenty.path("ratioCpu").asDouble()).as("CPU, penghubung / Chromium").isLessThan(1.0);
                soft.assertThat(twenty.path("ratioWall").asDouble()).as("wall, penghubung / Chromium").isLessThan(1.0);
            }
        });
    }

    /** A synced data folder with the training photos in its attachment store; built once, then reused. */
    private static Path data() throws Exception {
        Path dir = Path.of("target", "print-bench", "world-" + WORLD).toAbsolutePath();
        Path data = dir.resolve("data");
        Path done = dir.resolve("ready");
        if (Files.exists(done)) {
            return data;
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(WORLD).withDataDir(dir.resolve("central")))) {
            StringWriter sink = new StringWriter();
            InputStream stdin = System.in;
            System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
            int exit;
            try {
                exit = Launcher.run(new String[] {"sync", "--server", server.baseUri().toString(), "--user", "penghubung",
                    "--data", data.toString()}, new PrintWriter(sink, true), new PrintWriter(sink, true));
            } finally {
                System.setIn(stdin);
            }
            assertThat(exit).as(sink.toString()).isZero();
            // Sync fetches pictures on demand only: put the world's files (a handful, shared by hash) in the store.
            Account account = new AccountRegistry(data).accounts().getFirst();
            try (DataKey key = KeyWrap.unlock(KeyWrap.fileIn(account.folder()), PASSWORD.toCharArray());
                    Stream<Path> blobs = Files.list(dir.resolve("central").resolve("blobs"))) {
                AttachmentFiles files = new AttachmentFiles(account.attachmentsFolder(), EncryptedFiles.of(key));
                for (Path blob : blobs.toList()) {
                    byte[] head = Arrays.copyOf(Files.readAllBytes(blob), 4);
                    files.importFile(blob, head[1] == 'P' && head[2] == 'N' ? "image/png" : "application/pdf");
                }
            }
        }
        Files.writeString(done, "ok");
        return data;
    }

    private static List<String> casesWithPictures(Account account, int n) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + account.cacheFile());
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select c.tracking_id from complaint c where (select count(*) from"
                        + " attachment a where a.complaint_rid = c.rid and a.media_type = 'image/png') >= 2"
                        + " order by c.rid limit " + n)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static long count(Account account, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + account.cacheFile());
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static List<String> app() {
        return List.of(java(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Wall and CPU (user + system, from GNU time) seconds of one whole process. */
    private static double[] timed(List<String> command) throws IOException, InterruptedException {
        Path times = Files.createTempFile("print-bench", ".time");
        List<String> wrapped = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o", times.toString()));
        wrapped.addAll(command);
        run(wrapped);
        String[] t = Files.readString(times).strip().split("\\s+");
        Files.delete(times);
        return new double[] {Double.parseDouble(t[0]), Double.parseDouble(t[1]) + Double.parseDouble(t[2])};
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PENGHUBUNG_PASSWORD", PASSWORD);
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
