package id.penghubung.store;

import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The search index's own SQLite file beside the cache: where it lives, its schema, opening and deleting it. */
final class SearchIndexFile {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
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

    private SearchIndexFile() {
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

    /** The index's connection, and whether its file was new (or replaced): then it must catch up in full. */
    record Opened(Db db, boolean created) {
    }

    /**
     * Opens the index file of {@code cacheFile}. A missing, damaged or foreign index file is replaced by an
     * empty one (rebuilt from the cache: it is derived data). {@code whenOpened} is handed the file.
     */
    static Opened openOrReplace(Path cacheFile, Consumer<Path> whenOpened) {
        Opened opened;
        try {
            opened = openFile(cacheFile);
        } catch (DamagedStoreException e) {
            LOG.warn("Search index unreadable ({}); rebuilding it from the cache", e.messageKey());
            delete(cacheFile);
            opened = openFile(cacheFile);
        }
        try {
            whenOpened.accept(fileFor(cacheFile));
            return opened;
        } catch (RuntimeException e) {
            opened.db().close();
            throw e;
        }
    }

    private static Opened openFile(Path cacheFile) {
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
            return new Opened(db, created);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Creates the schema in an empty file (true); accepts our own current one (false); refuses anything else. */
    private static boolean ensureSchema(Db db) throws SQLException {
        int version = intPragma(db, "user_version");
        int appId = intPragma(db, "application_id");
        if (version == SearchIndex.VERSION && appId == SearchIndex.APPLICATION_ID) {
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
            s.executeUpdate("PRAGMA application_id = " + SearchIndex.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = " + SearchIndex.VERSION);
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
}
