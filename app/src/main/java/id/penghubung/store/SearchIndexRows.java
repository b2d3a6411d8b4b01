package id.penghubung.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statements of the search index file, run on its thread inside its transactions: indexing and
 * unindexing complaints, the write token, catching up with the cache, and FTS5's merge settings.
 */
final class SearchIndexRows {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final Db db;

    SearchIndexRows(Db db) {
        this.db = db;
    }

    /** One unit of merging; false once FTS5 found nothing to merge (it then changes under 2 rows). */
    boolean mergeUnit() throws SQLException {
        long before = totalChanges();
        PreparedStatement p = db.ps("INSERT INTO complaint_fts (complaint_fts, rank) VALUES ('merge', ?)");
        // Negative: every segment counts as one level, so all of them may merge, not only full levels.
        p.setInt(1, -SearchIndex.MERGE_UNIT);
        p.executeUpdate();
        return totalChanges() - before >= 2;
    }

    private long totalChanges() throws SQLException {
        try (ResultSet rs = db.ps("SELECT total_changes()").executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    void setMerging(int automerge, int crisismerge) throws SQLException {
        PreparedStatement p = db.ps("INSERT INTO complaint_fts (complaint_fts, rank) VALUES (?, ?)");
        p.setString(1, "automerge");
        p.setInt(2, automerge);
        p.executeUpdate();
        p.setString(1, "crisismerge");
        p.setInt(2, crisismerge);
        p.executeUpdate();
    }

    /** An FTS5 setting of the index, as stored; FTS5's default when never set. */
    int setting(String key) throws SQLException {
        PreparedStatement p = db.ps("SELECT v FROM complaint_fts_config WHERE k = ?");
        p.setString(1, key);
        try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getInt(1) : "automerge".equals(key) ? 4 : SearchIndex.CRISISMERGE;
        }
    }

    boolean tokensAgree() throws SQLException {
        return cacheToken().equals(indexToken());
    }

    private String cacheToken() throws SQLException {
        return value("SELECT value FROM cache.sync_state WHERE key = ?");
    }

    private String indexToken() throws SQLException {
        return value("SELECT value FROM index_state WHERE key = ?");
    }

    private String value(String sql) throws SQLException {
        PreparedStatement p = db.ps(sql);
        p.setString(1, SearchIndex.TOKEN);
        try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    void setToken(String token) throws SQLException {
        PreparedStatement p = db.ps("INSERT INTO index_state (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        p.setString(1, SearchIndex.TOKEN);
        p.setString(2, token);
        p.executeUpdate();
    }

    /**
     * Makes the index hold exactly the cache's committed complaints: drops what the cache no longer
     * has (or has in another version), indexes what is missing, and takes the cache's token. Inside
     * an index transaction; reads one snapshot of the cache.
     */
    int catchUp() throws SQLException {
        String token = cacheToken();
        List<Long> stale = rids("SELECT d.rid FROM indexed d LEFT JOIN cache.complaint c ON c.rid = d.rid"
                + " WHERE c.rid IS NULL OR c.id <> d.id OR c.version <> d.version");
        for (long rid : stale) {
            unindex(rid);
        }
        List<Long> missing = rids("SELECT c.rid FROM cache.complaint c"
                + " WHERE NOT EXISTS (SELECT 1 FROM indexed d WHERE d.rid = c.rid) ORDER BY c.rid");
        PreparedStatement p = db.ps("SELECT c.id, c.version, c.tracking_id, c.title, b.body,"
                + " (SELECT group_concat(e.text, char(10) ORDER BY e.seq) FROM cache.event e WHERE e.complaint_rid = c.rid)"
                + " FROM cache.complaint c JOIN cache.complaint_body b ON b.rid = c.rid WHERE c.rid = ?");
        for (long rid : missing) {
            p.setLong(1, rid);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    String events = rs.getString(6);
                    index(new SearchIndex.Doc(rid, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            events == null ? "" : events));
                }
            }
        }
        setToken(token);
        if (!stale.isEmpty() || !missing.isEmpty()) {
            LOG.info("Search index caught up with the cache: {} dropped, {} indexed", stale.size(), missing.size());
        }
        return stale.size() + missing.size();
    }

    private List<Long> rids(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = db.ps(sql).executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    void index(SearchIndex.Doc d) throws SQLException {
        PreparedStatement known = db.ps("SELECT 1 FROM indexed WHERE rid = ?");
        known.setLong(1, d.rid());
        boolean replace;
        try (ResultSet rs = known.executeQuery()) {
            replace = rs.next();
        }
        if (replace) {
            deleteFts(d.rid());
        }
        PreparedStatement f = db.ps("INSERT INTO complaint_fts (rowid, tracking, title, body, events) VALUES (?, ?, ?, ?, ?)");
        f.setLong(1, d.rid());
        f.setString(2, d.tracking());
        f.setString(3, d.title());
        f.setString(4, d.body());
        f.setString(5, d.events());
        f.executeUpdate();
        PreparedStatement i = db.ps("INSERT INTO indexed (rid, id, version) VALUES (?, ?, ?)"
                + " ON CONFLICT (rid) DO UPDATE SET id = excluded.id, version = excluded.version");
        i.setLong(1, d.rid());
        i.setString(2, d.id());
        i.setLong(3, d.version());
        i.executeUpdate();
    }

    void unindex(long rid) throws SQLException {
        PreparedStatement known = db.ps("DELETE FROM indexed WHERE rid = ?");
        known.setLong(1, rid);
        if (known.executeUpdate() > 0) {
            deleteFts(rid);
        }
    }

    private void deleteFts(long rid) throws SQLException {
        PreparedStatement d = db.ps("DELETE FROM complaint_fts WHERE rowid = ?");
        d.setLong(1, rid);
        d.executeUpdate();
    }

    /** PRAGMA quick_check and FTS5's own check on the index file; empty when sound. */
    List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        try (Statement s = db.connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA main.quick_check")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    problems.add("search: " + rs.getString(1));
                }
            }
        } catch (SQLException e) {
            problems.add("search: " + e.getMessage());
        }
        try (Statement s = db.connection.createStatement()) {
            s.executeUpdate("INSERT INTO complaint_fts (complaint_fts) VALUES ('integrity-check')");
        } catch (SQLException e) {
            problems.add("search fts: " + e.getMessage());
        }
        return problems;
    }
}
