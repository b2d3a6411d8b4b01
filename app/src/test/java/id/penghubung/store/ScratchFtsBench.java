package id.penghubung.store;

import id.penghubung.model.Complaint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("bench")
class ScratchFtsBench {
    @TempDir
    Path dir;

    @Test
    void fts() throws Exception {
        SyntheticComplaints gen = new SyntheticComplaints(1);
        int n = 10000;
        List<Complaint> all = gen.page(0, n);
        String[] variants = {"plain", "content='', contentless_delete=1", "content=''", "content='', contentless_delete=1, detail=column",
            "content='', detail=none", "content='', contentless_delete=1, detail=full, tokenize=\"unicode61 remove_diacritics 2\"",
            "content='', contentless_delete=1, detail=column, tokenize=\"unicode61 remove_diacritics 2\""};
        int k = 0;
        for (String v : variants) {
            Path f = dir.resolve("f" + (k++) + ".db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA cache_size=-32000");
                if (v.equals("plain")) {
                    s.execute("CREATE TABLE t(tracking, title, body, events)");
                } else {
                    s.execute("CREATE VIRTUAL TABLE t USING fts5(tracking, title, body, events, " + v + ")");
                }
                c.setAutoCommit(false);
                long t0 = System.nanoTime();
                try (PreparedStatement p = c.prepareStatement("INSERT INTO t(rowid, tracking, title, body, events) VALUES (?,?,?,?,?)")) {
                    for (int i = 0; i < n; i++) {
                        Complaint x = all.get(i);
                        p.setInt(1, i + 1);
                        p.setString(2, x.trackingId().value());
                        p.setString(3, x.title());
                        p.setString(4, x.body());
                        p.setString(5, CacheWriter.eventText(x));
                        p.executeUpdate();
                        if (i % 500 == 499) {
                            c.commit();
                        }
                    }
                }
                c.commit();
                System.err.printf("%-90s %6d ms%n", v, (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }
}
