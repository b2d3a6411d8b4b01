import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.SplittableRandom;

/**
 * Decision 0009: what whole-database encryption would cost the cache. Not part of the build: the
 * SQLite3MultipleCiphers driver (io.github.willena:sqlite-jdbc) ships its own org.sqlite classes and
 * cannot share a class path with xerial's. Run with only that jar:
 *
 *   java -cp ~/.m2/repository/io/github/willena/sqlite-jdbc/3.40.1.0/sqlite-jdbc-3.40.1.0.jar \
 *        app/src/bench/SqlCipherBench.java [rows]
 *
 * Inserts N synthetic complaints (the inbox columns of schema v5, a ~1.5 KB body in its own table,
 * the deadline index) in transactions of 500, into a plain file and into one keyed with
 * PRAGMA cipher='sqlcipher' (AES-256-CBC + HMAC-SHA512 per 4 KiB page, SQLCipher 4 defaults), then
 * times inbox pages (first page, a filtered page at offset 20,000), opening a complaint's body, and
 * a LIKE scan over every title. Prints one JSON object.
 */
public class SqlCipherBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("sqlcipher-bench");
        StringBuilder json = new StringBuilder("{\"rows\": " + n + ", \"loadAverage1m\": "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String mode : new String[] {"plain", "sqlcipher", "plain", "sqlcipher"}) {
            Path file = dir.resolve(mode + System.nanoTime() + ".db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                try (Statement s = c.createStatement()) {
                    if (mode.equals("sqlcipher")) {
                        s.execute("PRAGMA cipher = 'sqlcipher'");
                        s.execute("PRAGMA legacy = 4");
                        s.execute("PRAGMA key = 'x''2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'''");
                    }
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = NORMAL");
                    s.execute("CREATE TABLE complaint (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, tracking_num INTEGER,"
                            + " title TEXT, status TEXT, open INTEGER, category_id TEXT, unit_id TEXT, province_id TEXT,"
                            + " regency TEXT, channel TEXT, classification TEXT, submitted_at INTEGER, due_key INTEGER,"
                            + " needs_follow_up INTEGER, waiting_for_reporter INTEGER, agency_id TEXT)");
                    s.execute("CREATE TABLE complaint_body (rid INTEGER PRIMARY KEY, body TEXT NOT NULL)");
                    s.execute("CREATE INDEX complaint_due ON complaint(due_key, rid, status, open, needs_follow_up,"
                            + " waiting_for_reporter, category_id, unit_id, agency_id, province_id, regency, channel,"
                            + " classification, submitted_at)");
                    s.execute("CREATE INDEX complaint_category_due ON complaint(category_id, due_key, rid, status, open)");
                }
                long insertMs = insert(c, n);
                double firstPageMs = time(c, "SELECT rid, id, title, status, due_key FROM complaint WHERE open = 1"
                        + " ORDER BY due_key, rid LIMIT 50", 20);
                double filteredMs = time(c, "SELECT rid, id, title, status, due_key FROM complaint WHERE category_id = 'cat-7'"
                        + " ORDER BY due_key, rid LIMIT 50 OFFSET 2000", 20);
                double offsetMs = time(c, "SELECT rid, id, title, status, due_key FROM complaint"
                        + " ORDER BY due_key, rid LIMIT 50 OFFSET 20000", 5);
                double bodyMs = time(c, "SELECT body FROM complaint_body WHERE rid = 73421 % " + n + " + 1", 200);
                double scanMs = time(c, "SELECT count(*) FROM complaint WHERE title LIKE '%jalan%'", 3);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                byte[] header = new byte[15];
                try (var in = Files.newInputStream(file)) {
                    in.readNBytes(header, 0, 15);
                }
                json.append(String.format(", \"%s\": {\"insertMs\": %d, \"fileMiB\": %d, \"inboxFirstPageMs\": %.2f,"
                        + " \"inboxCategoryOffset2000Ms\": %.2f, \"inboxOffset20000Ms\": %.2f, \"openBodyMs\": %.3f,"
                        + " \"titleScanMs\": %.1f, \"headerUnreadable\": %b}", mode + (json.indexOf("\"" + mode + "\"") >= 0 ? "2" : ""), insertMs,
                        (Files.size(file) + sizeOr0(Path.of(file + "-wal"))) >> 20,
                        firstPageMs / 20e6, filteredMs / 20e6, offsetMs / 5e6, bodyMs / 200e6, scanMs / 3e6,
                        !new String(header, java.nio.charset.StandardCharsets.ISO_8859_1)
                                .equals("SQLite format 3")));
            }
        }
        System.out.println(json.append(", \"loadAverage1mAfter\": ")
                .append(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()).append("}"));
    }

    private static long sizeOr0(Path p) throws Exception {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    private static long insert(Connection c, int n) throws Exception {
        String[] words = {"jalan", "rusak", "lampu", "padam", "sampah", "banjir", "pelayanan", "lambat", "bantuan",
            "sosial", "listrik", "air", "sekolah", "puskesmas", "izin", "pungutan"};
        SplittableRandom r = new SplittableRandom(2026);
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO complaint VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement b = c.prepareStatement("INSERT INTO complaint_body VALUES (?,?)")) {
            for (int i = 1; i <= n; i++) {
                StringBuilder title = new StringBuilder();
                for (int w = 0; w < 6; w++) {
                    title.append(words[r.nextInt(words.length)]).append(' ');
                }
                StringBuilder body = new StringBuilder(1600);
                while (body.length() < 1500) {
                    body.append(words[r.nextInt(words.length)]).append(' ');
                }
                p.setInt(1, i);
                p.setString(2, "c-" + i);
                p.setInt(3, 1_000_000 + i);
                p.setString(4, title.toString());
                p.setString(5, r.nextInt(4) == 0 ? "SELESAI" : "PROSES");
                p.setInt(6, r.nextInt(4) == 0 ? 0 : 1);
                p.setString(7, "cat-" + r.nextInt(40));
                p.setString(8, "unit-" + r.nextInt(60));
                p.setString(9, "p-" + r.nextInt(34));
                p.setString(10, "Kota " + r.nextInt(500));
                p.setString(11, "WEBSITE");
                p.setString(12, "PENGADUAN");
                p.setLong(13, 1_700_000_000_000L + r.nextInt(1_000_000_000));
                p.setLong(14, r.nextLong(1L << 40));
                p.setInt(15, r.nextInt(10) == 0 ? 1 : 0);
                p.setInt(16, r.nextInt(10) == 0 ? 1 : 0);
                p.setString(17, "agency-" + r.nextInt(20));
                p.executeUpdate();
                b.setInt(1, i);
                b.setString(2, body.toString());
                b.executeUpdate();
                if (i % 500 == 0) {
                    c.commit();
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long time(Connection c, String sql, int times) throws Exception {
        long total = 0;
        for (int i = -1; i < times; i++) {
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
            if (i >= 0) {
                total += System.nanoTime() - t0;
            }
        }
        return total;
    }
}
