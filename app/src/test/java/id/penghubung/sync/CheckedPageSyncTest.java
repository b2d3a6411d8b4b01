package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralConfig;
import id.penghubung.store.CaseStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a pull checks and cleans each complaint on its fetch thread and the writer does not check it
 * again; a text SQLite cannot store as sent (a lone surrogate) still lands cleaned, as it did when the
 * writer checked it.
 */
class CheckedPageSyncTest {
    @TempDir
    Path data;
    @TempDir
    Path serverData;

    @Test
    void aLoneSurrogateInAPulledTitleLandsAsTheReplacementCharacter() throws Exception {
        try (TrainingWorld world = TrainingWorld.start(CentralConfig.forTests(120).withDataDir(serverData))) {
            String id;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + serverData.resolve("central.db"))) {
                try (PreparedStatement p = c.prepareStatement("SELECT id FROM complaints WHERE notes IS NULL AND agency_id ="
                        + " (SELECT agency_id FROM accounts WHERE username = 'penghubung') ORDER BY seq LIMIT 1");
                        ResultSet rs = p.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    id = rs.getString(1);
                }
                // Sent as stored: the JSON escape of a high surrogate with no low one after it.
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE complaints SET doc = json_set(doc, '$.title', json('\"Judul \\ud800 rusak\"')) WHERE id = ?")) {
                    p.setString(1, id);
                    assertThat(p.executeUpdate()).isEqualTo(1);
                }
            }
            try (Session session = world.session(data, "penghubung")) {
                CaseStore store = session.store();
                session.engine().sync(SyncListener.NONE);
                assertThat(store.complaint(id)).get().extracting(c -> c.title()).isEqualTo("Judul \uFFFD rusak");
            }
        }
    }
}
