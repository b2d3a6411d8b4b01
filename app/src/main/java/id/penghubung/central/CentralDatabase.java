package id.penghubung.central;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's own SQLite database (WAL): one writer connection behind a lock, so write
 * transactions and the change sequence they assign are strictly ordered, and a small pool of
 * reader connections, each read running in one transaction (a consistent snapshot).
 */
final class CentralDatabase implements AutoCloseable {
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final int READERS = 4;
    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS accounts(username TEXT PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                + " role TEXT NOT NULL, agency_id TEXT, region_id TEXT, password_hash TEXT NOT NULL)",
        // doc = the complete complaint (wire JSON, all events); notes = event id -> agency id of NOTE events.
        "CREATE TABLE IF NOT EXISTS complaints(id TEXT PRIMARY KEY, tracking_id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,"
                + " seq INTEGER NOT NULL UNIQUE, agency_id TEXT, province_id TEXT NOT NULL, last_foreign_version INTEGER NOT NULL,"
                + " doc TEXT NOT NULL, notes TEXT)",
        "CREATE INDEX IF NOT EXISTS complaints_agency_seq ON complaints(agency_id, seq)",
        "CREATE INDEX IF NOT EXISTS complaints_province_seq ON complaints(province_id, seq)",
        // doc = the last version the agency receives of a complaint redirected away from it (status DIALIHKAN); null = plain removal.
        "CREATE TABLE IF NOT EXISTS removals(seq INTEGER PRIMARY KEY, complaint_id TEXT NOT NULL, agency_id TEXT NOT NULL, doc TEXT)",
        "CREATE INDEX IF NOT EXISTS removals_agency_seq ON removals(agency_id, seq)",
        "CREATE TABLE IF NOT EXISTS actions(action_id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL, body_hash TEXT NOT NULL,"
                + " type TEXT NOT NULL, user_id TEXT NOT NULL, applied_at TEXT NOT NULL, version INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS actions_complaint ON actions(complaint_id, version)",
        "CREATE TABLE IF NOT EXISTS attachments(sha256 TEXT PRIMARY KEY, media_type TEXT NOT NULL, size INTEGER NOT NULL,"
                + " file_name TEXT NOT NULL)",
    };

    private final Connection writer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> all = new ArrayList<>();
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private long seq;

    CentralDatabase(Path file) throws SQLException {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        writer = DriverManager.getConnection(url);
        all.add(writer);
        try (Statement st = writer.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("PRAGMA busy_timeout=10000");
            for (String ddl : SCHEMA) {
                st.execute(ddl);
            }
            addRedirectDocColumn(st);
            try (ResultSet rs = st.executeQuery("SELECT max(coalesce((SELECT max(seq) FROM complaints),0),"
                    + " coalesce((SELECT max(seq) FROM removals),0))")) {
                seq = rs.next() ? rs.getLong(1) : 0;
            }
        }
        for (int i = 0; i < READERS; i++) {
            Connection reader = DriverManager.getConnection(url);
            try (Statement st = reader.createStatement()) {
                st.execute("PRAGMA busy_timeout=10000");
            }
            all.add(reader);
            readers.add(reader);
        }
        writer.setAutoCommit(false);
    }

    /** A server database written before redirects kept the old agency's last copy gains its column. */
    private static void addRedirectDocColumn(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pragma_table_info('removals') WHERE name='doc'")) {
            if (rs.next() && rs.getInt(1) == 0) {
                st.execute("ALTER TABLE removals ADD COLUMN doc TEXT");
            }
        }
    }

    /** One write transaction, serialized with all others; rolled back on any exception. */
    <T> T write(SqlWork<T> work) throws SQLException {
        writeLock.lock();
        long seqBefore = seq;
        try {
            T result = work.run(writer);
            writer.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            writer.rollback();
            seq = seqBefore;
            throw e;
        } finally {
            writeLock.unlock();
        }
    }

    /** The last change sequence number assigned (every change of a complaint takes a new one). */
    long lastSeq() {
        writeLock.lock();
        try {
            return seq;
        } finally {
            writeLock.unlock();
        }
    }

    /** The next change sequence number; only inside {@link #write}. */
    long nextSeq() {
        if (!writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nextSeq outside a write transaction");
        }
        return ++seq;
    }

    /** One read transaction on a pooled connection: everything it reads is one snapshot. */
    <T> T read(SqlWork<T> work) throws SQLException {
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted waiting for a connection", e);
        }
        try {
            connection.setAutoCommit(false);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } finally {
            readers.add(connection);
        }
    }

    @Override
    public void close() throws SQLException {
        writeLock.lock();
        try {
            SQLException first = null;
            for (Connection c : all) {
                try {
                    c.close();
                } catch (SQLException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            writeLock.unlock();
        }
    }
}
