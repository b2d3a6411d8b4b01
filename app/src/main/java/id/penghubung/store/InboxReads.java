package id.penghubung.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inbox room of {@link CaseStore}: the reads behind the inbox table, the sidebar counts and the
 * search box, all on the reader connection (WAL: they see the last committed state while a sync writes).
 */
final class InboxReads {
    private final Db reader;
    /** Waits until the search index holds every committed cache write (search reads what was written). */
    private final Runnable awaitIndexed;

    InboxReads(Db reader, Runnable awaitIndexed) {
        this.reader = reader;
        this.awaitIndexed = awaitIndexed;
    }


    /** One window of an inbox view for a virtualised table: rows [offset, offset + limit). */
    List<InboxRow> page(InboxQuery q, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0");
        }
        InboxSql s = InboxSql.of(q.view(), q.filter(), q.now().toEpochMilli(), q.soonThreshold().toEpochMilli());
        String sql = "SELECT " + CacheReader.ROW_COLUMNS + " FROM complaint c" + s.whereClause()
                + InboxSql.orderBy(q.sort(), q.descending()) + " LIMIT ? OFFSET ?";
        List<Object> args = new ArrayList<>(s.args);
        args.add(limit);
        args.add(offset);
        return reader.read(() -> rows(sql, args));
    }

    /** How many rows the query has (the virtualised table's size). */
    int count(InboxQuery q) {
        InboxSql s = InboxSql.of(q.view(), q.filter(), q.now().toEpochMilli(), q.soonThreshold().toEpochMilli());
        return reader.read(() -> count("SELECT count(*) FROM complaint c" + s.whereClause(), s.args));
    }

    /** The views whose condition reads the complaint's own columns only: one scan counts them all. */
    private static final List<InboxView> SCANNED = List.of(InboxView.NEEDS_FOLLOW_UP, InboxView.WAITING_FOR_REPORTER,
            InboxView.OVERDUE, InboxView.DUE_SOON, InboxView.COMPLETED, InboxView.ARCHIVED, InboxView.REDIRECTED,
            InboxView.HELD, InboxView.ALL);

    /**
     * Unfiltered counts of every view, for the sidebar. The views on the complaint's own columns are
     * summed in one pass over a covering index (a count per view walked the table once each). ANSWERED
     * and NOT_AUTHORIZED differ by the latest answer, an event: rather than looking it up for every
     * candidate, only complaints with a NOT_AUTHORIZED event are looked at, and ANSWERED is its
     * candidates less those whose latest answer is NOT_AUTHORIZED. The rest (local work, the work
     * queues) are counted per view through their own indexes.
     */
    Map<InboxView, Integer> counts(Instant now, Instant soonThreshold) {
        long at = now.toEpochMilli();
        long soon = soonThreshold.toEpochMilli();
        StringBuilder scan = new StringBuilder("SELECT ");
        List<Object> scanArgs = new ArrayList<>();
        for (InboxView v : SCANNED) {
            InboxSql s = InboxSql.of(v, InboxFilter.NONE, at, soon);
            scan.append(s.where.isEmpty() ? "count(*)" : "coalesce(sum((" + s.where + ")), 0)").append(", ");
            scanArgs.addAll(s.args);
        }
        scan.append("coalesce(sum((").append(InboxSql.ANSWERED_BASE).append(")), 0) FROM complaint c");
        String notAuthorized = "SELECT coalesce(sum((" + InboxSql.ANSWERED_BASE + ")), 0), coalesce(sum(("
                + InboxSql.NOT_AUTHORIZED_BASE + ")), 0) FROM complaint c WHERE " + InboxSql.LAST_ANSWER_NOT_AUTHORIZED;
        return reader.read(() -> {
            Map<InboxView, Integer> out = new EnumMap<>(InboxView.class);
            int answeredCandidates;
            try (PreparedStatement p = reader.connection.prepareStatement(scan.toString())) {
                bindAll(p, scanArgs);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    for (int i = 0; i < SCANNED.size(); i++) {
                        out.put(SCANNED.get(i), rs.getInt(i + 1));
                    }
                    answeredCandidates = rs.getInt(SCANNED.size() + 1);
                }
            }
            try (PreparedStatement p = reader.connection.prepareStatement(notAuthorized); ResultSet rs = p.executeQuery()) {
                rs.next();
                out.put(InboxView.ANSWERED, answeredCandidates - rs.getInt(1));
                out.put(InboxView.NOT_AUTHORIZED, rs.getInt(2));
            }
            for (InboxView v : InboxView.values()) {
                if (!out.containsKey(v)) {
                    InboxSql s = InboxSql.of(v, InboxFilter.NONE, at, soon);
                    out.put(v, count("SELECT count(*) FROM complaint c" + s.whereClause(), s.args));
                }
            }
            return out;
        });
    }

    /** Above this many matches, results come newest first instead of by rank (ranking them all is slow). */
    static final int RANK_LIMIT = 5_000;

    /**
     * Full-text search over tracking ID, title, body and event texts, narrowed by the query's view
     * and filter (its sort is ignored), best matches first (bm25; a tracking-ID or title hit weighs
     * more). The last word is a prefix as the officer types; any input is safe (it is tokenised and
     * quoted, never parsed as FTS syntax). When the words match more than {@value #RANK_LIMIT}
     * complaints, ranking is meaningless and slow, so the newest come first: typing another word
     * narrows it.
     */
    List<InboxRow> search(String text, InboxQuery filter, int limit) {
        Optional<String> match = FtsQuery.of(text);
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        InboxSql s = InboxSql.of(filter.view(), filter.filter(), filter.now().toEpochMilli(),
                filter.soonThreshold().toEpochMilli());
        awaitIndexed.run();
        return reader.read(() -> {
            boolean rank = count("SELECT count(*) FROM (SELECT 1 FROM search.complaint_fts f"
                    + " WHERE f.complaint_fts MATCH ? LIMIT ?)", List.of(match.get(), RANK_LIMIT + 1)) <= RANK_LIMIT;
            String sql = "SELECT " + CacheReader.ROW_COLUMNS
                    + " FROM search.complaint_fts f JOIN complaint c ON c.rid = f.rowid WHERE f.complaint_fts MATCH ?"
                    + (s.where.isEmpty() ? "" : " AND " + s.where)
                    + (rank ? " ORDER BY bm25(f.complaint_fts, 10.0, 4.0, 1.0, 1.0), f.rowid LIMIT ?"
                            : " ORDER BY f.rowid DESC LIMIT ?");
            List<Object> args = new ArrayList<>();
            args.add(match.get());
            args.addAll(s.args);
            args.add(limit);
            return rows(sql, args);
        });
    }

    private List<InboxRow> rows(String sql, List<Object> args) throws SQLException {
        try (PreparedStatement p = reader.connection.prepareStatement(sql)) {
            bindAll(p, args);
            List<InboxRow> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(CacheReader.row(rs));
                }
            }
            return out;
        }
    }

    private int count(String sql, List<Object> args) throws SQLException {
        try (PreparedStatement p = reader.connection.prepareStatement(sql)) {
            bindAll(p, args);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void bindAll(PreparedStatement p, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            p.setObject(i + 1, args.get(i));
        }
    }

    /** The query plan SQLite picks for an inbox page (diagnostics and the index tests). */
    List<String> explainPage(InboxQuery q) {
        InboxSql s = InboxSql.of(q.view(), q.filter(), q.now().toEpochMilli(), q.soonThreshold().toEpochMilli());
        String sql = "EXPLAIN QUERY PLAN SELECT " + CacheReader.ROW_COLUMNS + " FROM complaint c" + s.whereClause()
                + InboxSql.orderBy(q.sort(), q.descending()) + " LIMIT 100 OFFSET 0";
        return reader.read(() -> {
            // EXPLAIN never checks the schema cookie: run a real read first, so the connection
            // reloads a schema the writer changed (e.g. indexes rebuilt after a first pull).
            count("SELECT count(*) FROM sqlite_schema", List.of());
            try (PreparedStatement p = reader.connection.prepareStatement(sql)) {
                bindAll(p, s.args);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString("detail"));
                    }
                }
                return out;
            }
        });
    }
}
