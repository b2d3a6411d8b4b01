package id.penghubung.central;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A training server's data folder holding an Ombudsman's province of many complaints over many
 * institutions, built fast: the ordinary seeder writes {@code perInstitution} complaints, then SQL
 * copies them once per institution (new id, tracking number, change sequence and agency, in the row
 * and in the stored wire JSON) into the {@code ombudsman} account's province, Jawa Barat. Start a
 * {@link CentralServer} on the folder afterwards: a folder that holds a world is served as it is.
 */
public final class OmbudsmanWorld {
    private static final long FIRST_TRACKING = 5_000_000L;

    private OmbudsmanWorld() {
    }

    /** Builds the world in {@code dataDir} and returns how many complaints the Ombudsman's province holds. */
    public static long build(Path dataDir, int perInstitution, int institutions) throws Exception {
        // The base: the ordinary seeded world of perInstitution complaints (and its extra seeded cases).
        try (CentralServer base = CentralServer.start(CentralConfig.forTests(perInstitution).withDataDir(dataDir))) {
            base.port();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("central.db").toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE base AS SELECT row_number() OVER (ORDER BY seq) AS rn, id, version,"
                        + " last_foreign_version, doc, notes FROM complaints ORDER BY seq LIMIT " + perInstitution);
                st.execute("DELETE FROM complaints");
                st.execute("DELETE FROM removals");
            }
            String insert = "INSERT INTO complaints(id, tracking_id, version, seq, agency_id, province_id, last_foreign_version, doc, notes)"
                    + " SELECT id || '-i' || ?1, CAST(?2 + rn AS TEXT), version, ?3 + rn,"
                    + " CASE WHEN json_type(doc, '$.agency') = 'object' THEN 'inst-' || ?1 END, '" + Catalog.MAIN_REGION + "',"
                    + " last_foreign_version,"
                    + " CASE WHEN json_type(doc, '$.agency') = 'object'"
                    + "  THEN json_set(doc, '$.id', id || '-i' || ?1, '$.trackingId', CAST(?2 + rn AS TEXT),"
                    + "   '$.agency', json_object('id', 'inst-' || ?1, 'name', 'Instansi ' || ?1))"
                    + "  ELSE json_set(doc, '$.id', id || '-i' || ?1, '$.trackingId', CAST(?2 + rn AS TEXT)) END,"
                    + " notes FROM base ORDER BY rn";
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                for (int k = 0; k < institutions; k++) {
                    long offset = (long) k * perInstitution;
                    ps.setInt(1, k);
                    ps.setLong(2, FIRST_TRACKING + offset);
                    ps.setLong(3, offset);
                    ps.executeUpdate();
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE meta SET value = '" + (long) perInstitution * institutions + "' WHERE key = 'complaints'");
            }
            c.commit();
            return count(c);
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM complaints WHERE province_id = '" + Catalog.MAIN_REGION + "'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
