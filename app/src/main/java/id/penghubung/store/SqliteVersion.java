package id.penghubung.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The SQLite library this build runs on (not the driver's version), for support's diagnostics. */
public final class SqliteVersion {
    private SqliteVersion() {
    }

    /** {@code sqlite_version()} of an in-memory database, e.g. "3.47.1". */
    public static String current() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            return rs.next() ? rs.getString(1) : "unknown";
        } catch (SQLException e) {
            // Diagnostics must not fail on what they report.
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
