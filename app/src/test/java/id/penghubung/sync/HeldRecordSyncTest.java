package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralConfig;
import id.penghubung.model.Complaint;
import id.penghubung.store.CaseStore;
import id.penghubung.store.HeldRecord;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the server's database holds one record with a reporter name longer than the store takes
 * (the server now refuses such input at its API, so the test writes it into the server's database).
 * The pull holds that one aside, lands the rest of its page, moves the cursor, and later changes arrive.
 */
class HeldRecordSyncTest {
    private static final String MARK = "Pelapor Bernama Sangat Panjang ";

    @TempDir
    Path data;
    @TempDir
    Path serverData;

    @Test
    void aRecordTheStoreCannotTakeIsHeldAsideAndThePullGoesOn() throws Exception {
        try (TrainingWorld world = TrainingWorld.start(CentralConfig.forTests(300).withDataDir(serverData))) {
            String held;
            String later;
            int inScope;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + serverData.resolve("central.db"))) {
                String agency = one(c, "SELECT agency_id FROM accounts WHERE username = 'penghubung'");
                inScope = Integer.parseInt(one(c, "SELECT count(*) FROM complaints WHERE agency_id = '" + agency + "'"));
                List<String> named = ids(c, "SELECT id FROM complaints WHERE agency_id = '" + agency + "'"
                        + " AND json_extract(doc, '$.anonymous') = 0 AND json_extract(doc, '$.status') NOT IN ('SELESAI','ARSIP')"
                        + " ORDER BY seq");
                held = named.get(named.size() / 2);
                later = named.get(named.size() / 2 + 1);
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE complaints SET doc = json_set(doc, '$.reporter.name', ?) WHERE id = ?")) {
                    p.setString(1, MARK.repeat(1_500 / MARK.length() + 1));
                    p.setString(2, held);
                    assertThat(p.executeUpdate()).isEqualTo(1);
                }
            }
            Path folder;
            try (Session session = world.session(data, "penghubung")) {
                folder = session.account().folder();
                CaseStore store = session.store();
                SyncReport first = session.engine().sync(SyncListener.NONE);

                assertThat(store.cursor()).isPresent();
                assertThat(store.complaint(held)).isEmpty();
                Instant now = Instant.now();
                assertThat(store.count(InboxQuery.of(InboxView.ALL, now, now))).isEqualTo(inScope - 1);
                assertThat(first.held()).isEqualTo(1);
                List<HeldRecord> kept = store.heldRecords();
                assertThat(kept).singleElement().satisfies(h -> {
                    assertThat(h.complaintId()).isEqualTo(held);
                    assertThat(h.reason()).isEqualTo("tooLong:reporter.name");
                    assertThat(h.rawSize()).isGreaterThan(1_500);
                });

                // Later changes still arrive: the cursor moved past the held record.
                Complaint before = store.complaint(later).orElseThrow();
                world.reporterReply(later, "Ada kabar terbaru?");
                SyncReport second = session.engine().sync(SyncListener.NONE);
                assertThat(second.pulled()).isEqualTo(1);
                assertThat(store.complaint(later).orElseThrow().version()).isGreaterThan(before.version());
                assertThat(second.held()).isEqualTo(1);
            }
            // The held record is kept sealed: the over-long name is nowhere in the account's files.
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.getFileName().toString())
                            .doesNotContain(MARK.trim());
                }
            }
        }
    }

    @Test
    void aConflictWhoseAnswerIsOverTheStoresCapNoLongerStopsTheSyncBeforeItsPull() throws Exception {
        try (TrainingWorld world = TrainingWorld.start(CentralConfig.forTests(200).withDataDir(serverData));
                Session session = world.session(data, "penghubung")) {
            CaseStore store = session.store();
            session.engine().sync(SyncListener.NONE);
            List<Complaint> open = TrainingWorld.openComplaints(store, 2);
            Complaint contested = open.get(0);
            Complaint other = open.get(1);
            java.util.UUID action = store.enqueue(contested.id(), contested.version(), new id.penghubung.model.action.Note("catatan"))
                    .actionId();
            // The server's copy moves on and grows past the store's cap for an answer (2,000,000 chars).
            world.reporterReply(contested.id(), "Tambahan keterangan.");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + serverData.resolve("central.db"));
                    PreparedStatement p = c.prepareStatement("UPDATE complaints SET doc = json_set(doc, '$.body', ?) WHERE id = ?")) {
                p.setString(1, "keterangan panjang ".repeat(120_000));
                p.setString(2, contested.id());
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
            world.reporterReply(other.id(), "Kabar baru untuk laporan lain.");

            SyncReport report = session.engine().sync(SyncListener.NONE);

            assertThat(report.conflicts()).isEqualTo(1);
            assertThat(store.outboxEntry(action).orElseThrow().state()).isEqualTo(id.penghubung.store.OutboxState.CONFLICT);
            assertThat(store.outboxEntry(action).orElseThrow().serverAnswerJson().orElseThrow()).contains("\"trimmed\":true");
            // The pull ran: the other complaint's change arrived; the grown one is held aside.
            assertThat(store.complaint(other.id()).orElseThrow().version()).isGreaterThan(other.version());
            assertThat(store.heldRecords()).extracting(HeldRecord::complaintId).containsExactly(contested.id());
            assertThat(session.engine().sync(SyncListener.NONE).requests()).isEqualTo(1);
        }
    }

    private static String one(Connection c, String sql) throws SQLException {
        return ids(c, sql).getFirst();
    }

    private static List<String> ids(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
