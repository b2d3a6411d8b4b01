package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps the matcher fast in a large cache (issue 17's 100,000-complaint targets; SimilarBench
 * measures them): the reporters' keyed hashes are written with the page that brings the complaint,
 * so the first "Pengaduan serupa" of the day does not hash every reporter of the cache first; and
 * the neighbours come from one index range, not from every complaint of four months.
 */
class SimilarAtScaleTest {
    @TempDir
    Path dir;

    @Test
    void aReportersHashIsWrittenWithItsPageBeforeAnyMatcherOpens() throws Exception {
        Path file = dir.resolve("cache.db");
        try (DataKey key = DataKey.generate();
                CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines(), Clock.systemUTC(), FieldCipher.of(key))) {
            store.applyPage(SimilarComplaintsTest.world(), List.of(), "c1");
        }
        // No matcher was opened: every complaint already has its row, a named reporter's phone hashed.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*), (SELECT count(*) FROM reporter_match) FROM complaint")) {
                rs.next();
                assertThat(rs.getInt(2)).isEqualTo(rs.getInt(1)).isPositive();
            }
            try (ResultSet rs = s.executeQuery("SELECT m.phone, m.version, c.version FROM reporter_match m"
                    + " JOIN complaint c ON c.rid = m.complaint_rid WHERE c.id = '" + SyntheticComplaints.idOf(1) + "'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBytes(1)).hasSize(32);
                assertThat(rs.getLong(2)).isEqualTo(rs.getLong(3));
            }
            try (ResultSet rs = s.executeQuery("SELECT m.nik, m.phone, m.email FROM reporter_match m"
                    + " JOIN complaint c ON c.rid = m.complaint_rid WHERE c.id = '" + SyntheticComplaints.idOf(2) + "'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBytes(1)).isNull();
                assertThat(rs.getBytes(2)).isNull();
                assertThat(rs.getBytes(3)).isNull();
            }
        }
    }

    @Test
    void theHashWrittenWithThePageIsTheOneTheMatcherComparesAndANewVersionIsHashedAgain() {
        Path file = dir.resolve("cache.db");
        try (DataKey key = DataKey.generate();
                CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines(), Clock.systemUTC(), FieldCipher.of(key))) {
            store.applyPage(SimilarComplaintsTest.world(), List.of(), "c1");
            try (SimilarComplaints matcher = SimilarComplaints.open(store, FieldCipher.of(key))) {
                // Complaint 4 shares complaint 1's phone, written as +62 812-3456-7890.
                assertThat(matcher.similar(new TrackingId(SyntheticComplaints.trackingOf(1)), 10, 0.0).orElseThrow())
                        .filteredOn(x -> x.trackingId().equals(SyntheticComplaints.trackingOf(4)))
                        .singleElement().satisfies(x -> assertThat(x.reasons()).extracting(SimilarReason::kind)
                                .contains(SimilarReason.Kind.REPORTER));
                // A later version with another reporter: the hash follows it with the page, not at the next open.
                Complaint c = SimilarComplaintsTest.world().stream().filter(x -> x.id().equals(SyntheticComplaints.idOf(4)))
                        .findFirst().orElseThrow();
                Complaint next = new Complaint(c.id(), c.trackingId(), c.version() + 1, c.title(), c.body(), c.classification(),
                        false, false, c.category(), c.channel(), c.status(), c.submittedAt(), c.disposedAt(), c.incidentDate(),
                        c.location(), c.agency(), c.unit(), Optional.of(SimilarComplaintsTest.reporter("085700001111")),
                        c.attachments(), c.events());
                store.applyPage(List.of(next), List.of(), "c2");
                assertThat(matcher.similar(new TrackingId(SyntheticComplaints.trackingOf(1)), 10, 0.0).orElseThrow())
                        .filteredOn(x -> x.trackingId().equals(SyntheticComplaints.trackingOf(4)))
                        .allSatisfy(x -> assertThat(x.reasons()).extracting(SimilarReason::kind)
                                .doesNotContain(SimilarReason.Kind.REPORTER));
            }
        }
    }

    @Test
    void aCacheFromAnOlderBuildIsCaughtUpOnceByTheMatchersFirstOpen() throws Exception {
        Path file = dir.resolve("cache.db");
        try (DataKey key = DataKey.generate();
                CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines(), Clock.systemUTC(), FieldCipher.of(key))) {
            store.applyPage(SimilarComplaintsTest.world(), List.of(), "c1");
            // As an older build left it: no rows (they were made at the matcher's open), no mark.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM reporter_match");
                s.executeUpdate("DELETE FROM sync_state WHERE key = '" + ReporterKeys.COMPLETE + "'");
            }
            try (SimilarComplaints matcher = SimilarComplaints.open(store, FieldCipher.of(key))) {
                assertThat(matcher.similar(new TrackingId(SyntheticComplaints.trackingOf(1)), 10, 0.0).orElseThrow())
                        .filteredOn(x -> x.trackingId().equals(SyntheticComplaints.trackingOf(4)))
                        .singleElement().satisfies(x -> assertThat(x.reasons()).extracting(SimilarReason::kind)
                                .contains(SimilarReason.Kind.REPORTER));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM complaint), (SELECT count(*) FROM reporter_match),"
                        + " (SELECT count(*) FROM sync_state WHERE key = '" + ReporterKeys.COMPLETE + "')")) {
            rs.next();
            assertThat(rs.getInt(2)).isEqualTo(rs.getInt(1));
            assertThat(rs.getInt(3)).as("marked complete: later opens skip the walk").isEqualTo(1);
        }
    }

    @Test
    void theNeighboursComeFromOneIndexRange() throws Exception {
        Path file = dir.resolve("cache.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            store.applyPage(SimilarComplaintsTest.world(), List.of(), "c1");
            // The first pull's end: the indexes it deferred are built.
            store.optimize();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement p = c.prepareStatement("EXPLAIN QUERY PLAN " + SimilarNeighbours.SQL)) {
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(4)).append('\n');
                }
            }
            assertThat(plan.toString()).contains("USING INDEX complaint_neighbours (<expr>=? AND submitted_at>? AND submitted_at<?)");
        }
    }
}
