package id.penghubung.store;

import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.report.ComplaintFacts;
import id.penghubung.model.report.FactsOf;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.sla.DeadlineCalculator;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The writer's side of the facts table ({@code complaint_facts}, schema v15): one row per complaint with
 * what the dashboard's trends count (decision 0015). A row is made by the report's own code: the complaint
 * read back exactly as the report's walk reads it ({@link ReportFacts#listed}) and turned into its facts by
 * {@link FactsOf} at the moment just after its last instant, so nothing of its chronology is cut; the
 * trends of a period whose moment lies after that instant then count the same as the walk would.
 * Instants are epoch milliseconds; {@code disposed_at}, {@code follow_up_at} and {@code follow_up_due_at}
 * only for a complaint that counts at all, {@code completed_at} only for a completed one.
 */
final class FactRows {
    /** Complaints read back per statement. */
    static final int PAGE = 2_000;
    /** Reads every instant: a moment after all of them. */
    private static final Instant END = Instant.ofEpochMilli(Long.MAX_VALUE);

    private final Db writer;
    private final DeadlineIndex deadlines;

    FactRows(Db writer, DeadlineIndex deadlines) {
        this.writer = writer;
        this.deadlines = deadlines;
    }

    /**
     * Writes the facts of the complaints {@code rids} (ascending, just written) inside the caller's
     * transaction; nothing when the rules give no calculator.
     */
    void write(long[] rids) throws SQLException {
        Optional<DeadlineCalculator> calculator = deadlines.factsCalculator();
        if (calculator.isEmpty()) {
            return;
        }
        for (int from = 0; from < rids.length; from += PAGE) {
            ReportFacts.Listed page = ReportFacts.listed(writer, rids, from, Math.min(rids.length, from + PAGE), END,
                    ReportGrouping.INSTITUTION);
            for (int i = 0; i < page.rids().size(); i++) {
                insert(page.rids().get(i), page.complaints().get(i), calculator.get());
            }
        }
    }

    /**
     * Fills the rows of complaints that have none (cached before v15, copied in SQL, changed outside the
     * writer), a page per transaction. Returns how many; 0 when the rules give no calculator.
     */
    int fillMissing() {
        // Two counts first: the search for the missing rows probes the table once per complaint.
        if (deadlines.factsCalculator().isEmpty() || writer.read(() -> missing(writer)) == 0) {
            return 0;
        }
        int total = 0;
        long after = 0;
        while (true) {
            long from = after;
            long[] rids = writer.tx(() -> {
                PreparedStatement p = writer.ps("SELECT c.rid FROM complaint c WHERE c.rid > ? AND NOT EXISTS"
                        + " (SELECT 1 FROM complaint_facts f WHERE f.rid = c.rid) ORDER BY c.rid LIMIT " + PAGE);
                p.setLong(1, from);
                List<Long> found = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
                long[] out = found.stream().mapToLong(Long::longValue).toArray();
                write(out);
                return out;
            });
            if (rids.length == 0) {
                return total;
            }
            total += rids.length;
            after = rids[rids.length - 1];
        }
    }

    /** Complaints without a row of facts (0: the table covers the cache). */
    static long missing(Db db) throws SQLException {
        try (ResultSet rs = db.ps("SELECT (SELECT count(*) FROM complaint) - (SELECT count(*) FROM complaint_facts)")
                .executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void insert(long rid, Complaint c, DeadlineCalculator calculator) throws SQLException {
        long last = lastInstant(c);
        ComplaintFacts f = FactsOf.of(c, ReportGrouping.INSTITUTION, calculator, Instant.ofEpochMilli(last + 1));
        boolean counted = f.counted();
        PreparedStatement p = writer.ps("INSERT OR REPLACE INTO complaint_facts (rid, submitted_at, last_at, disposed_at,"
                + " follow_up_due_at, follow_up_at, follow_up_not_applicable, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        p.setLong(1, rid);
        p.setLong(2, c.submittedAt().toEpochMilli());
        p.setLong(3, last);
        bind(p, 4, counted ? f.disposedAt() : Optional.empty());
        bind(p, 5, counted ? f.followUpDueAt() : Optional.empty());
        bind(p, 6, counted ? f.followUpAt() : Optional.empty());
        p.setInt(7, f.followUpNotApplicable() ? 1 : 0);
        bind(p, 8, f.completed() ? f.closedAt() : Optional.empty());
        p.executeUpdate();
    }

    /** The latest instant the facts read: the submission, the disposition field, the events the walk reads. */
    static long lastInstant(Complaint c) {
        long last = c.submittedAt().toEpochMilli();
        if (c.disposedAt().isPresent()) {
            last = Math.max(last, c.disposedAt().get().toEpochMilli());
        }
        for (Event e : c.events()) {
            last = Math.max(last, e.at().toEpochMilli());
        }
        return last;
    }

    private static void bind(PreparedStatement p, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            p.setLong(index, value.get().toEpochMilli());
        } else {
            p.setNull(index, Types.INTEGER);
        }
    }
}
