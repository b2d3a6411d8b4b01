package id.penghubung.testing;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Damages a real SQLite file as a failing disk would: the pages of one table overwritten. */
public final class DamagedFiles {
    private DamagedFiles() {
    }

    /**
     * Overwrites the root pages of {@code table} and of its indexes with bytes no SQLite page starts with, after
     * checkpointing the WAL into the file (so no intact copy of them is left there). Returns the pages damaged.
     */
    public static List<Long> damageTable(Path file, String table) throws Exception {
        List<Long> pages = new ArrayList<>();
        long pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                pageSize = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE tbl_name = '" + table + "' AND rootpage > 0")) {
                while (rs.next()) {
                    pages.add(rs.getLong(1));
                }
            }
        }
        if (pages.isEmpty() || pages.contains(1L)) {
            throw new IllegalArgumentException("no damageable pages for " + table + ": " + pages);
        }
        byte[] garbage = new byte[(int) pageSize];
        Arrays.fill(garbage, (byte) 0xAB);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page : pages) {
                raf.seek((page - 1) * pageSize);
                raf.write(garbage);
            }
        }
        return pages;
    }
}
