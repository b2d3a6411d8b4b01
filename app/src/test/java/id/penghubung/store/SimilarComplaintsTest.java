package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Category;
import id.penghubung.model.Complaint;
import id.penghubung.model.Location;
import id.penghubung.model.Reporter;
import id.penghubung.model.TrackingId;
import id.penghubung.store.SimilarReason.Detail;
import id.penghubung.store.SimilarReason.Kind;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.testing.ByteSearch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matcher over a real cache and its real index: text, category, area, time and reporter, in words. */
class SimilarComplaintsTest {
    static final Category JALAN = new Category("pu.jalan", "Jalan", Optional.of("pu"));
    static final Category DRAINASE = new Category("pu.drainase", "Drainase", Optional.of("pu"));
    static final Category SAMPAH = new Category("lingkungan.sampah", "Sampah", Optional.of("lingkungan"));
    static final Location DAGO = location("Kota Bandung", "Coblong", "Dago");
    static final Location SEKELOA = location("Kota Bandung", "Sukajadi", "Sukabungah");
    static final Location SEMARANG = location("Kota Semarang", "Tembalang", "Bulusan");
    static final Instant T0 = Instant.parse("2026-10-05T03:00:00Z");

    @TempDir
    Path dir;

    static Location location(String regency, String district, String village) {
        return new Location("32", "Jawa Barat", regency, district, village, "", Optional.empty());
    }

    /** Synthetic complaint {@code n} made into the given report. */
    static Complaint report(int n, String title, String body, Category category, Location location, Instant submitted,
            Optional<Reporter> reporter) {
        Complaint c = new SyntheticComplaints(3).complaint(n);
        return new Complaint(SyntheticComplaints.idOf(n), new TrackingId(SyntheticComplaints.trackingOf(n)), c.version(),
                title, body, c.classification(), reporter.isEmpty(), false, category, c.channel(), c.status(), submitted,
                Optional.of(submitted.plusSeconds(3600)), Optional.empty(), location, c.agency(), c.unit(), reporter,
                List.of(), new ArrayList<>(c.events().stream().map(e -> new id.penghubung.model.Event(e.id(), e.type(),
                        submitted.plusSeconds(60 + c.events().indexOf(e) * 60L), e.actor(), e.text(), e.attachments())).toList()));
    }

    static Reporter reporter(String phone) {
        return new Reporter("Siti Rahmawati", Optional.of(phone), Optional.empty(), Optional.empty());
    }

    /** Forty unrelated complaints, so words have frequencies, and the cases under test. */
    static List<Complaint> world() {
        List<Complaint> all = new ArrayList<>(new SyntheticComplaints(3).page(100, 40));
        all.add(report(1, "Jalan berlubang di Jalan Cikapayang dekat Taman Flexi membahayakan pengendara",
                "Selamat siang. Jalan Cikapayang di Kelurahan Dago berlubang besar di depan Taman Flexi. Lubang sedalam"
                        + " tiga puluh sentimeter itu tertutup genangan saat hujan, dua pengendara ojek terjatuh minggu ini.",
                JALAN, DAGO, T0, Optional.of(reporter("081234567890"))));
        all.add(report(2, "jln cikapayang bolong dkt taman flexi",
                "jln cikapayang kel. dago bolong gede dpn taman flexi, ojek pd jatuh. tlg diperbaiki",
                JALAN, DAGO, T0.plus(Duration.ofDays(3)), Optional.empty()));
        all.add(report(3, "Sampah menumpuk di TPS Dago tidak diangkut",
                "Sampah di TPS Kelurahan Dago sudah seminggu tidak diangkut dan berbau.", SAMPAH, DAGO,
                T0.minus(Duration.ofDays(1)), Optional.empty()));
        all.add(report(4, "Saluran tersumbat di Sekeloa, air meluap ke rumah",
                "Gorong-gorong di Gang Sekeloa tersumbat lumpur; tiap hujan air meluap.", DRAINASE, SEKELOA,
                T0.minus(Duration.ofDays(10)), Optional.of(reporter("+62 812-3456-7890"))));
        all.add(report(5, "Jalan berlubang di Jalan Cikapayang dekat Taman Flexi membahayakan pengendara",
                "Jalan Cikapayang berlubang besar di depan Taman Flexi, pengendara ojek terjatuh.", JALAN, SEMARANG,
                T0.minus(Duration.ofDays(400)), Optional.empty()));
        return all;
    }

    private static List<String> ids(List<SimilarCandidate> list) {
        return list.stream().map(SimilarCandidate::trackingId).toList();
    }

    private static String t(int n) {
        return SyntheticComplaints.trackingOf(n);
    }

    @Test
    void aRewordingWithAbbreviationsComesFirstWithItsReasons() {
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(world(), List.of(), "c1");
            try (SimilarComplaints matcher = SimilarComplaints.open(store, FieldCipher.plain())) {
                List<SimilarCandidate> found = matcher.similar(new TrackingId(t(1)), 5).orElseThrow();
                assertThat(ids(found)).startsWith(t(2)).doesNotContain(t(1), t(3));
                SimilarCandidate best = found.getFirst();
                assertThat(best.score()).isBetween(SimilarComplaints.MIN_SCORE, 1.0);
                assertThat(best.reasons()).extracting(SimilarReason::kind)
                        .containsExactly(Kind.TEXT, Kind.CATEGORY, Kind.AREA, Kind.TIME);
                assertThat(best.reasons()).extracting(SimilarReason::detail)
                        .contains(Detail.SAME_CATEGORY, Detail.SAME_VILLAGE);
                assertThat(best.reasons().get(3).days()).isEqualTo(3);
                // The same words 400 days earlier in another city: text alone, far below the rewording.
                matcher.similar(new TrackingId(t(1)), 10, 0.0).orElseThrow().stream()
                        .filter(c -> c.trackingId().equals(t(5))).findFirst()
                        .ifPresent(far -> assertThat(far.score()).isLessThan(best.score()));
                // From the SMS's side the website report is found too, and an unknown case is empty.
                assertThat(ids(matcher.similar(new TrackingId(t(2)), 5).orElseThrow())).startsWith(t(1));
                assertThat(matcher.similar(new TrackingId("9999999"), 5)).isEmpty();
            }
        }
    }

    @Test
    void theSameReporterIsFoundByAKeyedHashNeverByTheIdentity() throws Exception {
        Path file = dir.resolve("cache.db");
        byte[] firstHash;
        try (DataKey key = DataKey.generate();
                CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines(), Clock.systemUTC(), FieldCipher.of(key))) {
            store.applyPage(world(), List.of(), "c1");
            try (SimilarComplaints matcher = SimilarComplaints.open(store, FieldCipher.of(key))) {
                // Complaint 4 (another category, another district, 10 days apart, other words) has the same phone.
                SimilarCandidate same = matcher.similar(new TrackingId(t(1)), 10, 0.0).orElseThrow().stream()
                        .filter(c -> c.trackingId().equals(t(4))).findFirst().orElseThrow();
                assertThat(same.reasons()).extracting(SimilarReason::kind).contains(Kind.REPORTER);
            }
            firstHash = phoneHash(file, 1);
        }
        assertThat(firstHash).isNotNull();
        // Neither the number nor its plain SHA-256 is on disk; another key gives another hash.
        for (String suffix : List.of("", "-wal", "-search")) {
            Path f = Path.of(file + suffix);
            byte[] bytes = Files.exists(f) ? Files.readAllBytes(f) : new byte[0];
            for (String needle : List.of("081234567890", "6281234567890", "812-3456-7890")) {
                assertThat(ByteSearch.indexOf(bytes, needle.getBytes(StandardCharsets.UTF_8))).as(needle + suffix).isNegative();
            }
        }
        Path other = dir.resolve("other.db");
        try (DataKey key = DataKey.generate();
                CaseStore store = CaseStore.open(other, SyntheticComplaints.deadlines(), Clock.systemUTC(), FieldCipher.of(key))) {
            store.applyPage(world(), List.of(), "c1");
            SimilarComplaints.open(store, FieldCipher.of(key)).close();
        }
        assertThat(phoneHash(other, 1)).isNotNull().isNotEqualTo(firstHash);
    }

    @Test
    void duplicateGroupsJoinTheRewordingAndLeaveTheRestAlone() {
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(world(), List.of(), "c1");
            List<int[]> progress = new ArrayList<>();
            try (SimilarComplaints matcher = SimilarComplaints.open(store, FieldCipher.plain())) {
                List<DuplicateGroup> groups = matcher.duplicates(SimilarComplaints.MIN_SCORE,
                        (done, total) -> progress.add(new int[] {done, total}));
                DuplicateGroup g = groups.stream().filter(x -> x.trackingIds().contains(t(1))).findFirst().orElseThrow();
                assertThat(g.trackingIds()).containsExactly(t(1), t(2));
                assertThat(g.groupId()).isEqualTo("G" + t(1));
                assertThat(g.score()).isBetween(SimilarComplaints.MIN_SCORE, 1.0);
                assertThat(groups).noneMatch(x -> x.trackingIds().contains(t(3)));
            }
            assertThat(progress).isNotEmpty();
            assertThat(progress.getLast()).containsExactly(45, 45);
        }
    }

    private static byte[] phoneHash(Path file, int n) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT m.phone FROM reporter_match m JOIN complaint c ON c.rid = m.complaint_rid"
                        + " WHERE c.id = '" + SyntheticComplaints.idOf(n) + "'")) {
            return rs.next() ? rs.getBytes(1) : null;
        }
    }
}
