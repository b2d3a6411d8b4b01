package id.penghubung.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema as an ordered list of migrations, tracked in {@code PRAGMA user_version}
 * (docs/decisions/0003-store-migrations.md). Migration N upgrades a file at version N-1 to N, in one
 * transaction together with the new user_version, so a crash leaves the old version intact.
 * Never edit a released migration: append a new one.
 */
final class Schema {
    /** "PHUB" — marks the file as ours, so a random SQLite file is refused rather than "migrated". */
    static final int APPLICATION_ID = 0x50485542;

    private static final List<String> MIGRATIONS = Migrations.ALL;

    /**
     * The secondary indexes a first full pull defers (CaseStore bulk load): dropped on its first page,
     * rebuilt by one sort each at its end, which costs far less than 100,000 random inserts into each.
     * Same definitions as in the migrations. The unique id index stays (a pull looks complaints up
     * by id). The inbox stays correct while pages land, its pages then sorted rather than walked:
     * 24 ms for the first page at 100,000 complaints, ~100–135 ms at offset 20,000 (measured;
     * decision 0008). A narrow deadline index kept it at 1–26 ms for 6% of the import's time.
     */
    static final List<String> DEFERRED_INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS complaint_due ON complaint(due_key, rid, status, open, needs_follow_up,"
                    + " waiting_for_reporter, category_id, unit_id, agency_id, province_id, regency, channel,"
                    + " classification, submitted_at)",
            "CREATE INDEX IF NOT EXISTS complaint_tracking ON complaint(tracking_num)",
            "CREATE INDEX IF NOT EXISTS complaint_submitted ON complaint(submitted_at)",
            "CREATE INDEX IF NOT EXISTS complaint_follow_up_due ON complaint(due_key, rid, status, category_id, unit_id,"
                    + " agency_id, province_id, regency, channel, classification, submitted_at) WHERE needs_follow_up = 1",
            "CREATE INDEX IF NOT EXISTS complaint_waiting_due ON complaint(due_key, rid, status, category_id, unit_id,"
                    + " agency_id, province_id, regency, channel, classification, submitted_at) WHERE waiting_for_reporter = 1",
            "CREATE INDEX IF NOT EXISTS complaint_open_due ON complaint(due_key, rid, status, category_id, unit_id,"
                    + " agency_id, province_id, regency, channel, classification, submitted_at) WHERE open = 1",
            "CREATE INDEX IF NOT EXISTS complaint_status_due ON complaint(status, due_key, rid, unit_id, category_id,"
                    + " agency_id, province_id, regency)",
            "CREATE INDEX IF NOT EXISTS complaint_category_due ON complaint(category_id, due_key, rid, status, open,"
                    + " needs_follow_up, waiting_for_reporter, unit_id)",
            "CREATE INDEX IF NOT EXISTS complaint_unit_due ON complaint(unit_id, due_key, rid, status, open,"
                    + " needs_follow_up, waiting_for_reporter, category_id)",
            "CREATE INDEX IF NOT EXISTS complaint_neighbours ON complaint(coalesce(category_parent_id, category_id)"
                    + " || '/' || regency, submitted_at, district)",
            // --- h8 --- (schema v13) the dashboard's hot spots
            "CREATE INDEX IF NOT EXISTS complaint_place ON complaint(district, regency)",
            // (schema v14) the dashboard's month of stopped clocks
            "CREATE INDEX IF NOT EXISTS event_type_at ON event(type, at)",
            // (schema v15) the month's stopped clocks from the facts (decision 0015)
            "CREATE INDEX IF NOT EXISTS complaint_stop_at ON complaint_stop(at, rid, missed)",
            // --- hD --- (issue 18) the matcher's reporter keys: keyed hashes, so every page inserted into
            // random leaves of all three and each commit wrote most of their pages to the WAL again.
            "CREATE INDEX IF NOT EXISTS reporter_match_nik ON reporter_match(nik) WHERE nik IS NOT NULL",
            "CREATE INDEX IF NOT EXISTS reporter_match_phone ON reporter_match(phone) WHERE phone IS NOT NULL",
            "CREATE INDEX IF NOT EXISTS reporter_match_email ON reporter_match(email) WHERE email IS NOT NULL");

    /** Kept through a first pull by earlier builds; dropped when one ends. */
    static final String RETIRED_BULK_INDEX = "complaint_due_bulk";

    /** The index name of one {@link #DEFERRED_INDEXES} statement. */
    static String indexName(String createIndex) {
        String rest = createIndex.substring("CREATE INDEX IF NOT EXISTS ".length());
        return rest.substring(0, rest.indexOf(' '));
    }

    /** The version this build writes. */
    static final int CURRENT = MIGRATIONS.size();

    private Schema() {
    }

    static int userVersion(Connection c) throws SQLException {
        return intPragma(c, "user_version");
    }

    static int applicationId(Connection c) throws SQLException {
        return intPragma(c, "application_id");
    }

    private static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Brings the file to {@code target}, one migration per transaction. Refuses a newer file and a
     * SQLite file that is not ours. The connection must be in auto-commit mode.
     */
    static void migrate(Connection c, int target) throws SQLException {
        int version = userVersion(c);
        int appId = applicationId(c);
        if (version > CURRENT) {
            throw new NewerSchemaException(version, CURRENT);
        }
        if (appId != 0 && appId != APPLICATION_ID || appId == 0 && version != 0) {
            throw new DamagedStoreException("store.error.notAStore", null);
        }
        if (version == 0 && hasUserTables(c)) {
            throw new DamagedStoreException("store.error.notAStore", null);
        }
        for (int next = version + 1; next <= target; next++) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate(MIGRATIONS.get(next - 1));
                s.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                s.executeUpdate("PRAGMA user_version = " + next);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static boolean hasUserTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
