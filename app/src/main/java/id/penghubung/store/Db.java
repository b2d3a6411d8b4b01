package id.penghubung.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite connection, used by one thread at a time (the lock), with its prepared statements
 * cached for reuse, and explicit BEGIN/COMMIT so sqlite-jdbc does not open transactions behind
 * our back.
 */
final class Db implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 5_000;
    /** WAL pages between checkpoints (each one fsyncs the file). */
    static final int WAL_AUTOCHECKPOINT = 4_000;
    /**
     * During a first full pull: the writer's own checkpoint is only the backstop of the
     * {@link WalCheckpointer}, which keeps the WAL a few MB; each page is still its own
     * durable-at-checkpoint, never-corrupt WAL commit.
     */
    static final int WAL_AUTOCHECKPOINT_BULK = 20_000;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final int SQLITE_BUSY = 5;

    final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final String beginSql;

    private Db(Connection connection, String beginSql) {
        this.connection = connection;
        this.beginSql = beginSql;
    }

    /** The writer: WAL, NORMAL sync (durable at checkpoint, never corrupt), foreign keys, IMMEDIATE transactions. */
    static Db writer(Path file) {
        // A pull writes many pages: a bigger cache keeps the indexes hot, fewer checkpoints mean fewer fsyncs.
        // secure_delete: deleted rows (a conflict's answer once resent, a reporter once out of scope) are
        // zeroed in the file, not left readable in free space (issue 21).
        return writable(file, 64_000, "BEGIN IMMEDIATE", "ON");
    }

    /**
     * The search index's writer: like {@link #writer} but with deferred transactions, because it
     * also reads the cache ATTACHed beside it, and BEGIN IMMEDIATE would take the cache's write lock too.
     */
    static Db indexWriter(Path file) {
        // The index holds complaint text, no identity: FAST zeroes deleted content wherever that costs
        // no extra I/O (FTS5 merges delete a lot).
        return writable(file, 32_000, "BEGIN", "FAST");
    }

    private static Db writable(Path file, int cacheKib, String beginSql, String secureDelete) {
        SQLiteConfig cfg = common();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setCacheSize(-cacheKib);
        Db db = open(file, cfg, beginSql);
        try (Statement s = db.connection.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = " + WAL_AUTOCHECKPOINT);
            s.execute("PRAGMA main.secure_delete = " + secureDelete);
        } catch (SQLException e) {
            db.close();
            throw map(e);
        }
        return db;
    }

    /** A connection that only checkpoints the WAL (see {@link WalCheckpointer}); synced like the writer. */
    static Db checkpointer(Path file) {
        return open(file, common(), "BEGIN");
    }

    /** A reader: WAL lets it read the last committed state while the writer works. */
    static Db reader(Path file) {
        SQLiteConfig cfg = common();
        Db db = open(file, cfg, "BEGIN");
        try (Statement s = db.connection.createStatement()) {
            s.execute("PRAGMA query_only = 1");
        } catch (SQLException e) {
            db.close();
            throw map(e);
        }
        return db;
    }

    private static SQLiteConfig common() {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        cfg.setTempStore(SQLiteConfig.TempStore.MEMORY);
        cfg.setCacheSize(-32_000);
        // Nothing reads generated keys; left on, sqlite-jdbc prepares and runs
        // "SELECT last_insert_rowid()" after every INSERT (the costliest part of a pull, profiled).
        cfg.setGetGeneratedKeys(false);
        cfg.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L * 1024 * 1024));
        return cfg;
    }

    private static Db open(Path file, SQLiteConfig cfg, String begin) {
        try {
            return new Db(cfg.createConnection("jdbc:sqlite:" + file.toAbsolutePath()), begin);
        } catch (SQLException e) {
            throw map(e);
        }
    }

    /** A cached prepared statement; only while holding the lock. */
    PreparedStatement ps(String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = connection.prepareStatement(sql);
            statements.put(sql, p);
        }
        return p;
    }

    void exec(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    /** Waits for store work on another thread (search index, checkpoint); its failure surfaces as a StoreException. */
    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("store.error.interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException se) {
                throw se;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("store.error.database", e.getCause(), String.valueOf(e.getCause()));
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    <T> T tx(Work<T> work) {
        lock.lock();
        try {
            exec(beginSql);
            T result;
            try {
                result = work.run();
                exec("COMMIT");
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(e);
                if (e instanceof SQLException) {
                    // sqlite-jdbc may leave a failed statement closed (seen on SQLITE_FULL): prepare afresh.
                    dropStatements(e);
                }
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw map(e);
        } finally {
            lock.unlock();
        }
    }

    private void dropStatements(Throwable cause) {
        for (PreparedStatement p : statements.values()) {
            try {
                p.close();
            } catch (SQLException closeFailure) {
                cause.addSuppressed(closeFailure);
            }
        }
        statements.clear();
    }

    /** BEGIN in this connection's mode; only while holding the lock (see {@link #locked}). */
    void begin() throws SQLException {
        exec(beginSql);
    }

    /** ROLLBACK after {@code cause}, which keeps any failure of the rollback itself as suppressed. */
    void rollbackQuietly(Throwable cause) {
        try {
            exec("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            // SQLite may already have rolled back by itself (e.g. on SQLITE_FULL); keep the first failure.
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** Runs a read under the lock in one read transaction, so multi-query reads see one snapshot. */
    <T> T read(Work<T> work) {
        lock.lock();
        try {
            exec("BEGIN");
            try {
                return work.run();
            } finally {
                exec("COMMIT");
            }
        } catch (SQLException e) {
            dropStatements(e);
            throw map(e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs outside any explicit transaction (pragmas that refuse to run inside one). */
    <T> T locked(Work<T> work) {
        lock.lock();
        try {
            return work.run();
        } catch (SQLException e) {
            throw map(e);
        } finally {
            lock.unlock();
        }
    }

    static StoreException map(SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        String text = String.valueOf(e.getMessage());
        if (primary == SQLITE_FULL || text.contains("SQLITE_FULL")) {
            return new DiskFullException(e);
        }
        if (primary == SQLITE_NOTADB || text.contains("SQLITE_NOTADB")) {
            return new DamagedStoreException("store.error.notAStore", e);
        }
        if (primary == SQLITE_CORRUPT || text.contains("SQLITE_CORRUPT")) {
            return new DamagedStoreException("store.error.damaged", e);
        }
        if (primary == SQLITE_BUSY || text.contains("SQLITE_BUSY")) {
            return new StoreException("store.error.busy", e);
        }
        return new StoreException("store.error.database", e, text);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            for (PreparedStatement p : statements.values()) {
                p.close();
            }
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            throw map(e);
        } finally {
            lock.unlock();
        }
    }
}
