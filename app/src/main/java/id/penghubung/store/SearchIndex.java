package id.penghubung.store;

import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of the cached complaints, in its own SQLite file beside the cache
 * (docs/decisions/0007-search-index-file.md). SQLite has one writer per file; with the index in a
 * second file, a pull writes a page's rows on one core while this indexes the same page on the other.
 *
 * <p>The cache is the truth and the index follows it. Each cache write that changes complaints feeds
 * a {@link Batch}; the index's transaction commits only after the cache's did (it may finish while
 * the cache's writer goes on with the next page), and rolls back when the cache's failed. Both
 * record the same token of that write. Whatever breaks the step (a crash between the two commits, a
 * failed index write, a new or replaced index file) is repaired by {@link #catchUp}, which compares
 * the index with the cache complaint by complaint, before the index's next write.
 *
 * <p>The index holds tokens of titles, bodies and event texts, never reporter identity fields.
 */
final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** "PHSI": marks the file as our search index. */
    static final int APPLICATION_ID = 0x50485349;
    static final int VERSION = 1;
    /** Key of the write token: in the cache's sync_state and in the index's index_state. */
    static final String TOKEN = "search_token";

    // Contentless (the text is in the cache already) with detail=column: no positions, so no
    // phrase/NEAR queries (FtsQuery never builds them), at about half the indexing cost.
    private static final String SCHEMA = """
            CREATE VIRTUAL TABLE complaint_fts USING fts5(
                tracking, title, body, events,
                content = '', contentless_delete = 1, detail = column,
                tokenize = "unicode61 remove_diacritics 2"
            );
            -- Merge segments less eagerly while a pull writes (measured ~25% faster indexing; queries
            -- still within target). A first full pull defers merging altogether (Batch.deferMerges).
            INSERT INTO complaint_fts(complaint_fts, rank) VALUES ('automerge', 16);
            -- Which version of which complaint each rowid holds: what catchUp compares with the cache.
            CREATE TABLE indexed (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL,
                version INTEGER NOT NULL
            );
            CREATE TABLE index_state (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            """;

    /** FTS5's merge settings outside a first full pull (automerge as in SCHEMA, crisismerge FTS5's default). */
    private static final int AUTOMERGE = 16;
    private static final int CRISISMERGE = 16;
    /**
     * During a first full pull: no merging while pages land (each page stays its own segment; a
     * search over 200 of them measured p95 15 ms against 12 ms merged), until this many pile up on
     * one level. Far below FTS5's limit of 2,000 segments.
     */
    private static final int BULK_CRISISMERGE = 500;
    /** Leaf pages merged per transaction while the cache rebuilds its indexes (~0.1 s each). */
    private static final int MERGE_UNIT = 1_000;

    /** One complaint's searchable text, under the cache's rid. */
    record Doc(long rid, String id, long version, String tracking, String title, String body, String events) {
    }

    private final Path file;
    private final Db db;
    private final ExecutorService worker;
    /** True when the index may not follow the cache (new file, failed write): caught up before the next write. */
    private final AtomicBoolean behind;

    private SearchIndex(Path file, Db db, boolean behind) {
        this.file = file;
        this.db = db;
        this.behind = new AtomicBoolean(behind);
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "search-index");
            t.setDaemon(true);
            return t;
        });
    }

    /** The index file of a cache file: {@code cache.db} → {@code cache.db-search}. */
    static Path fileFor(Path cacheFile) {
        return Path.of(cacheFile.toAbsolutePath() + "-search");
    }

    /** The index file and its -wal/-shm. */
    static List<Path> filesFor(Path cacheFile) {
        Path f = fileFor(cacheFile);
        return List.of(f, Path.of(f + "-wal"), Path.of(f + "-shm"));
    }

    /**
     * Opens the index of {@code cacheFile} and brings it up to the cache. A missing, damaged or
     * foreign index file is replaced by an empty one and rebuilt from the cache: it is derived data.
     */
    static SearchIndex open(Path cacheFile) {
        SearchIndex index;
        try {
            index = openFile(cacheFile);
        } catch (DamagedStoreException e) {
            LOG.warn("Search index unreadable ({}); rebuilding it from the cache", e.messageKey());
            delete(cacheFile);
            index = openFile(cacheFile);
        }
        try {
            index.catchUpNow();
            return index;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    private static SearchIndex openFile(Path cacheFile) {
        Path file = fileFor(cacheFile);
        try {
            if (!Files.exists(file)) {
                OwnerOnly.createFile(file);
            }
            for (Path p : filesFor(cacheFile)) {
                OwnerOnly.restrict(p);
            }
        } catch (IOException e) {
            throw new StoreException("store.error.io", e, file.toString());
        }
        Db db = Db.indexWriter(file);
        try {
            boolean created = db.locked(() -> ensureSchema(db));
            db.locked(() -> {
                // Read-only use: catchUp reads the cache's rows (deferred transactions take no lock on it).
                try (PreparedStatement p = db.connection.prepareStatement("ATTACH DATABASE ? AS cache")) {
                    p.setString(1, cacheFile.toAbsolutePath().toString());
                    p.execute();
                }
                return null;
            });
            return new SearchIndex(file, db, created);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Creates the schema in an empty file (true); accepts our own current one (false); refuses anything else. */
    private static boolean ensureSchema(Db db) throws SQLException {
        int version = intPragma(db, "user_version");
        int appId = intPragma(db, "application_id");
        if (version == VERSION && appId == APPLICATION_ID) {
            return false;
        }
        try (Statement s = db.connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            if (version != 0 || appId != 0 || rs.next() && rs.getInt(1) > 0) {
                throw new DamagedStoreException("store.error.notAStore", null);
            }
        }
        db.begin();
        try (Statement s = db.connection.createStatement()) {
            s.executeUpdate(SCHEMA);
            s.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = " + VERSION);
            db.exec("COMMIT");
        } catch (SQLException | RuntimeException e) {
            db.rollbackQuietly(e);
            throw e;
        }
        return true;
    }

    private static int intPragma(Db db, String name) throws SQLException {
        try (Statement s = db.connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Deletes the index files of a cache (they are rebuilt from the cache at the next open). */
    static void delete(Path cacheFile) {
        try {
            for (Path p : filesFor(cacheFile)) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new StoreException("store.error.io", e, fileFor(cacheFile).toString());
        }
    }

    Path file() {
        return file;
    }

    /** A new batch for one cache write transaction. */
    Batch batch() {
        return new Batch();
    }

    /** Brings the index up to the cache now, on the index's thread, waiting for it. Returns how many were (re)indexed. */
    int catchUpNow() {
        return Db.await(worker.submit(() -> db.locked(() -> {
            db.begin();
            try {
                int n = behind.get() || !tokensAgree() ? catchUp() : 0;
                db.exec("COMMIT");
                behind.set(false);
                return n;
            } catch (SQLException | RuntimeException e) {
                db.rollbackQuietly(e);
                throw e;
            }
        })));
    }

    /**
     * Ends a first full pull's deferral of merging (see {@link Batch#deferMerges}): restores the
     * usual merge settings, then merges segments one unit per transaction for as long as
     * {@code keepGoing} holds and there is merging left to do — the cache meanwhile rebuilds its own
     * deferred indexes on the other core. Whatever is left is merged by later writes, as usual.
     * Never fails: a failure is logged and the next write merges as usual. Returns the future of
     * this work, on the index's thread.
     */
    Future<?> resumeMerging(BooleanSupplier keepGoing) {
        return worker.submit(() -> {
            try {
                if (db.locked(() -> setting("automerge")) != AUTOMERGE) {
                    db.tx(() -> {
                        setMerging(AUTOMERGE, CRISISMERGE);
                        return null;
                    });
                }
                while (keepGoing.getAsBoolean() && db.tx(this::mergeUnit)) {
                    // one unit per transaction, so a search or the next pull waits for at most one
                }
            } catch (RuntimeException e) {
                LOG.warn("Search index merge after a first pull failed; later writes merge instead", e);
            }
        });
    }

    /** One unit of merging; false once FTS5 found nothing to merge (it then changes under 2 rows). */
    private boolean mergeUnit() throws SQLException {
        long before = totalChanges();
        PreparedStatement p = db.ps("INSERT INTO complaint_fts (complaint_fts, rank) VALUES ('merge', ?)");
        // Negative: every segment counts as one level, so all of them may merge, not only full levels.
        p.setInt(1, -MERGE_UNIT);
        p.executeUpdate();
        return totalChanges() - before >= 2;
    }

    private long totalChanges() throws SQLException {
        try (ResultSet rs = db.ps("SELECT total_changes()").executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void setMerging(int automerge, int crisismerge) throws SQLException {
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
            return rs.next() ? rs.getInt(1) : "automerge".equals(key) ? 4 : CRISISMERGE;
        }
    }

    /** Test hook: an FTS5 setting as stored, read on the index's thread. */
    int settingForTest(String key) {
        return Db.await(worker.submit(() -> db.locked(() -> setting(key))));
    }

    /** Runs PRAGMA quick_check and FTS5's own check on the index file; empty when sound. */
    List<String> integrityProblems() {
        return Db.await(worker.submit(() -> db.locked(() -> {
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
        })));
    }

    /** Test hook: runs a statement on the index's connection, on its thread (e.g. PRAGMA max_page_count). */
    void execForTest(String sql) {
        Db.await(worker.submit(() -> db.locked(() -> {
            db.exec(sql);
            return null;
        })));
    }

    private boolean tokensAgree() throws SQLException {
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
        p.setString(1, TOKEN);
        try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private void setToken(String token) throws SQLException {
        PreparedStatement p = db.ps("INSERT INTO index_state (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        p.setString(1, TOKEN);
        p.setString(2, token);
        p.executeUpdate();
    }

    /**
     * Makes the index hold exactly the cache's committed complaints: drops what the cache no longer
     * has (or has in another version), indexes what is missing, and takes the cache's token. Inside
     * an index transaction; reads one snapshot of the cache.
     */
    private int catchUp() throws SQLException {
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
                    index(new Doc(rid, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
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

    private void index(Doc d) throws SQLException {
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

    private void unindex(long rid) throws SQLException {
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

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Search index writer still busy after 30 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            db.close();
        }
    }

    private sealed interface Op permits Put, Remove, DeferMerges, Commit, Abandon {
    }

    private record DeferMerges() implements Op {
    }

    private record Put(Doc doc) implements Op {
    }

    private record Remove(long rid) implements Op {
    }

    private record Commit(String token) implements Op {
    }

    private record Abandon() implements Op {
    }

    /**
     * The index side of one cache write transaction. The cache's writer feeds it as it writes
     * ({@link #put}, {@link #remove}); the index thread writes the same changes meanwhile, in its own
     * transaction, which {@link #commit} ends once the cache's has committed and {@link #abandon}
     * rolls back when it failed. Exactly one of the two must follow any put or remove.
     */
    final class Batch {
        private final String token = UUID.randomUUID().toString();
        private final BlockingQueue<Op> ops = new LinkedBlockingQueue<>();
        private Future<?> running;

        /** The token the cache's transaction records beside its changes (once anything was fed). */
        String token() {
            return token;
        }

        boolean started() {
            return running != null;
        }

        void put(Doc doc) {
            start();
            ops.add(new Put(doc));
        }

        void remove(long rid) {
            start();
            ops.add(new Remove(rid));
        }

        /**
         * A first full pull begins: the index stops merging its segments until
         * {@link SearchIndex#resumeMerging} (FTS5 otherwise rewrites each page about once more while
         * the pull goes on: ~1 s of the second core per 100,000 complaints, measured).
         */
        void deferMerges() {
            start();
            ops.add(new DeferMerges());
        }

        private void start() {
            if (running == null) {
                running = worker.submit(this::run);
            }
        }

        /** The cache committed: the index commits this batch too, on its own thread (see {@link #awaitDone}). */
        void commit() {
            if (running != null) {
                ops.add(new Commit(token));
            }
        }

        /** The cache's transaction failed: the index forgets this batch. */
        void abandon() {
            if (running != null) {
                ops.add(new Abandon());
            }
        }

        /**
         * Waits until this batch is committed or rolled back (after {@link #commit} or {@link #abandon}).
         * A failed index write does not undo the cache's: it was logged and the index catches up
         * before its next write.
         */
        void awaitDone() {
            if (running == null) {
                return;
            }
            try {
                running.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("store.error.interrupted", e);
            } catch (ExecutionException e) {
                // run() handles its own failures; anything else is a bug worth surfacing.
                throw new IllegalStateException("search index batch failed unexpectedly", e.getCause());
            }
        }

        private Void run() {
            return db.locked(() -> {
                db.begin();
                try {
                    boolean caughtUp = behind.get();
                    if (caughtUp) {
                        catchUp();
                    }
                    while (true) {
                        Op op = ops.take();
                        switch (op) {
                            case Put p -> index(p.doc());
                            case Remove r -> unindex(r.rid());
                            case DeferMerges d -> setMerging(0, BULK_CRISISMERGE);
                            case Commit c -> {
                                setToken(c.token());
                                db.exec("COMMIT");
                                if (caughtUp) {
                                    behind.set(false);
                                }
                                return null;
                            }
                            case Abandon a -> {
                                db.exec("ROLLBACK");
                                return null;
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed(e);
                    return null;
                } catch (SQLException | RuntimeException e) {
                    // What the cache's writer still feeds stays unread in the queue.
                    failed(e);
                    return null;
                }
            });
        }

        private void failed(Exception e) {
            db.rollbackQuietly(e);
            behind.set(true);
            LOG.warn("Search index write failed; it catches up with the cache before its next write", e);
        }
    }
}
