package id.penghubung.store;

import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.report.ComplaintFacts;
import id.penghubung.model.report.FactsOf;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writer's side of the facts table ({@code complaint_facts}, schema v15): one row per complaint with
 * what the dashboard's trends count (decision 0015). A row is made by the report's own code: the complaint as
 * the report's walk reads it ({@link ReportFacts#asRead} of the complaint just written, or read back by
 * {@link ReportFacts#listed}) turned into its facts by {@link FactsOf} at the moment just after its last
 * instant, so nothing of its chronology is cut; the trends of a period whose moment lies after that instant
 * then count the same as the walk would. Instants are epoch milliseconds; {@code disposed_at},
 * {@code follow_up_at} and {@code follow_up_due_at} only for a complaint that counts at all,
 * {@code completed_at} only for a completed one. Beside each row, the complaint's stopped clocks
 * ({@code complaint_stop}) for the month's met/missed tile.
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
     * A complaint's facts and its stopped clocks' verdicts, computed by one calculator on any thread (a pull's fetch
     * thread, so that the writer only stores them); {@code stopped}: the clocks that stopped met or missed.
     */
    record Computed(DeadlineCalculator calculator, long submittedAt, long last, Optional<Instant> disposedAt,
            Optional<Instant> followUpDueAt, Optional<Instant> followUpAt, boolean followUpNotApplicable,
            Optional<Instant> completedAt, List<Deadline> stopped) {
    }

    /** The facts of a complaint as it will be written, by the rules of the moment; empty when they give no calculator. */
    Optional<Computed> compute(Complaint c) {
        return deadlines.factsCalculator().map(calculator -> compute(c, calculator));
    }

    /**
     * The facts of a complaint as written: as the report's walk would read it back ({@link ReportFacts#asRead}) and,
     * for the stopped clocks, as the tile would (every field the calculator reads is in hand as written).
     */
    static Computed compute(Complaint c, DeadlineCalculator calculator) {
        return walked(ReportFacts.asRead(c), calculator, stopped(c, calculator));
    }

    /** The walk's facts of a complaint as the report reads it back, with the given stopped clocks. */
    private static Computed walked(Complaint read, DeadlineCalculator calculator, List<Deadline> stopped) {
        long last = lastInstant(read);
        ComplaintFacts f = FactsOf.of(read, ReportGrouping.INSTITUTION, calculator, Instant.ofEpochMilli(last + 1));
        boolean counted = f.counted();
        return new Computed(calculator, read.submittedAt().toEpochMilli(), last,
                counted ? f.disposedAt() : Optional.empty(), counted ? f.followUpDueAt() : Optional.empty(),
                counted ? f.followUpAt() : Optional.empty(), f.followUpNotApplicable(),
                f.completed() ? f.closedAt() : Optional.empty(), stopped);
    }

    /**
     * The clocks of a complaint that stopped MET or MISSED, as the month's tile judges them: the calculator over the
     * whole complaint. A stopped clock's verdict does not depend on the moment it is judged at.
     */
    private static List<Deadline> stopped(Complaint c, DeadlineCalculator calculator) {
        List<Deadline> out = new ArrayList<>();
        for (Deadline clock : calculator.evaluate(c, Instant.ofEpochMilli(lastInstant(c) + 1)).deadlines()) {
            boolean judged = clock.state() == DeadlineState.MET || clock.state() == DeadlineState.MISSED;
            if (judged && clock.stoppedAt().isPresent()) {
                out.add(clock);
            }
        }
        return out;
    }

    /**
     * Writes the facts of a complaint just written (row id {@code rid}, the complaint as written) inside the
     * caller's transaction: those computed beforehand when the rules have not changed since, or computed now.
     * Nothing when the rules give no calculator.
     */
    void written(long rid, Complaint c, Optional<Computed> computed) throws SQLException {
        Optional<DeadlineCalculator> calculator = deadlines.factsCalculator();
        if (calculator.isPresent()) {
            boolean current = computed.isPresent() && computed.get().calculator() == calculator.get();
            store(rid, current ? computed.get() : compute(c, calculator.get()));
        }
    }

    /**
     * Writes the facts of the complaints {@code rids} (ascending) inside the caller's transaction, reading
     * them back as the walk reads them ({@link ReportFacts#listed}) and as the tile does
     * ({@link DashboardClocks#byRid}); nothing when the rules give no calculator.
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
            List<Long> chunk = new ArrayList<>(PAGE);
            for (int i = from; i < Math.min(rids.length, from + PAGE); i++) {
                chunk.add(rids[i]);
            }
            for (Map.Entry<Long, Complaint> e : DashboardClocks.byRid(writer, chunk).entrySet()) {
                stops(e.getKey(), e.getValue(), calculator.get());
            }
        }
    }

    /** The stopped clocks' verdicts of a complaint as the tile reads it ({@link DashboardClocks}), into the table. */
    private void stops(long rid, Complaint c, DeadlineCalculator calculator) throws SQLException {
        storeStops(rid, stopped(c, calculator));
    }

    private void storeStops(long rid, List<Deadline> stopped) throws SQLException {
        PreparedStatement d = writer.ps("DELETE FROM complaint_stop WHERE rid = ?");
        d.setLong(1, rid);
        d.executeUpdate();
        PreparedStatement p = writer.ps("INSERT INTO complaint_stop (rid, seq, at, missed) VALUES (?, ?, ?, ?)");
        for (int seq = 0; seq < stopped.size(); seq++) {
            p.setLong(1, rid);
            p.setInt(2, seq);
            p.setLong(3, stopped.get(seq).stoppedAt().orElseThrow().toEpochMilli());
            p.setInt(4, stopped.get(seq).state() == DeadlineState.MISSED ? 1 : 0);
            p.executeUpdate();
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

    /** See {@link DashboardQueries#stoppedClocks}: one query over the period's candidates and their stored verdicts. */
    static Optional<DashboardQueries.MetMissed> monthTile(Db db, Instant from, Instant to, List<String> eventTypes)
            throws SQLException {
        if (eventTypes.isEmpty()) {
            return Optional.of(new DashboardQueries.MetMissed(0, 0));
        }
        String types = String.join(",", eventTypes.stream().map(t -> "?").toList());
        PreparedStatement p = db.ps("WITH cand(rid) AS (SELECT DISTINCT e.complaint_rid FROM event e JOIN complaint c"
                + " ON c.rid = e.complaint_rid WHERE e.at >= ? AND e.at < ? AND e.type IN (" + types + "))"
                + " SELECT (SELECT count(*) FROM cand WHERE NOT EXISTS (SELECT 1 FROM complaint_facts f WHERE f.rid = cand.rid)),"
                + " coalesce(sum(m), 0), count(*) FROM (SELECT s.rid, max(s.missed) AS m FROM complaint_stop s"
                + " WHERE s.at >= ? AND s.at < ? AND s.rid IN (SELECT rid FROM cand) GROUP BY s.rid)");
        int i = 1;
        p.setLong(i++, from.toEpochMilli());
        p.setLong(i++, to.toEpochMilli());
        for (String t : eventTypes) {
            p.setString(i++, t);
        }
        p.setLong(i++, from.toEpochMilli());
        p.setLong(i, to.toEpochMilli());
        try (ResultSet rs = p.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return Optional.empty();
            }
            int missed = rs.getInt(2);
            return Optional.of(new DashboardQueries.MetMissed(rs.getInt(3) - missed, missed));
        }
    }

    /** The walk's facts of a complaint as the report reads it back ({@link ReportFacts#listed}), into the table. */
    private void insert(long rid, Complaint read, DeadlineCalculator calculator) throws SQLException {
        storeFacts(rid, walked(read, calculator, List.of()));
    }

    private void store(long rid, Computed f) throws SQLException {
        storeFacts(rid, f);
        storeStops(rid, f.stopped());
    }

    private void storeFacts(long rid, Computed f) throws SQLException {
        PreparedStatement p = writer.ps("INSERT OR REPLACE INTO complaint_facts (rid, submitted_at, last_at, disposed_at,"
                + " follow_up_due_at, follow_up_at, follow_up_not_applicable, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        p.setLong(1, rid);
        p.setLong(2, f.submittedAt());
        p.setLong(3, f.last());
        bind(p, 4, f.disposedAt());
        bind(p, 5, f.followUpDueAt());
        bind(p, 6, f.followUpAt());
        p.setInt(7, f.followUpNotApplicable() ? 1 : 0);
        bind(p, 8, f.completedAt());
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
