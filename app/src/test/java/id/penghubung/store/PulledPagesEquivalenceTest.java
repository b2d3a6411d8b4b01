package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: pages checked on the fetch thread, their dashboard facts computed there too, and written up to three per
 * transaction ({@link CaseStore#applyCheckedPages}) leave exactly the cache the old way leaves (each page checked by
 * the writer, one per transaction, the facts computed on writing): the same digest of every table's contents (the facts and stopped clocks too), through newer versions,
 * removals, a complaint back in scope and a stale version.
 */
class PulledPagesEquivalenceTest {
    private static final List<String> TABLES = List.of("complaint", "complaint_body", "event", "attachment", "reporter",
            "reporter_match", "redirect", "held_record", "complaint_facts", "complaint_stop");

    @TempDir
    Path dir;

    private final SyntheticComplaints gen = new SyntheticComplaints(11);

    @Test
    void checkedPagesInGroupsLeaveTheSameCacheAsOnePagePerTransaction() throws Exception {
        List<Page> pages = pages();
        Path one = dir.resolve("one.db");
        try (CaseStore store = CaseStore.open(one, SyntheticComplaints.deadlines())) {
            for (Page p : pages) {
                store.applyPage(p.items(), p.removed(), p.cursor());
            }
            store.optimize();
        }
        Path grouped = dir.resolve("grouped.db");
        try (CaseStore store = CaseStore.open(grouped, SyntheticComplaints.deadlines())) {
            for (int i = 0; i < pages.size(); i += 3) {
                List<PulledPage> group = new ArrayList<>();
                for (Page p : pages.subList(i, Math.min(pages.size(), i + 3))) {
                    // As the fetch thread does: checked, and the dashboard's facts computed beside the check.
                    group.add(new PulledPage(p.items().stream().map(c -> store.withFacts(CaseStore.checked(c))).toList(), p.removed(),
                            List.of(), p.cursor()));
                }
                store.applyCheckedPages(group);
            }
            store.optimize();
            assertThat(store.cursor()).contains(pages.getLast().cursor());
            assertThat(store.complaint(SyntheticComplaints.idOf(5))).as("removed").isEmpty();
            assertThat(store.complaint(SyntheticComplaints.idOf(7))).as("back in scope").get()
                    .extracting(Complaint::version).isEqualTo(9L);
            assertThat(store.complaint(SyntheticComplaints.idOf(30))).as("newer kept").get()
                    .extracting(Complaint::version).isEqualTo(8L);
        }
        assertThat(rows(grouped, "event")).isGreaterThan(1_000);
        assertThat(rows(grouped, "complaint_facts")).isEqualTo(rows(grouped, "complaint"));
        assertThat(rows(grouped, "complaint_stop")).isPositive();
        assertThat(digest(grouped)).isEqualTo(digest(one));
    }

    private record Page(List<Complaint> items, List<String> removed, String cursor) {
    }

    private List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            pages.add(new Page(gen.page(p * 150, 150), List.of(), "c" + p));
        }
        // Newer versions, removals, one complaint back in scope, a stale version that must not win.
        pages.add(new Page(List.of(gen.complaint(30, 8), gen.complaint(7, 7)), List.of(SyntheticComplaints.idOf(5),
                SyntheticComplaints.idOf(7)), "c8"));
        pages.add(new Page(List.of(gen.complaint(7, 9), gen.complaint(30, 4)), List.of(), "c9"));
        pages.add(new Page(gen.page(1_200, 100), List.of(SyntheticComplaints.idOf(1_250)), "c10"));
        return pages;
    }

    private static long rows(Path file, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** SHA-256 over every row of the server-copy tables in key order; the write time of a row left out. */
    private static String digest(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            if (!meta.getColumnName(i).equals("cached_at")) {
                                Object v = rs.getObject(i);
                                row.append('|').append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v));
                            }
                        }
                        sha.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
