package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The training world's regions (issue 18): an Ombudsman office per region sees its institutions, of different sizes and quality. */
class SeedRegionsTest {
    private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    private static CentralServer server;

    @BeforeAll
    static void start() throws Exception {
        server = CentralServer.start(CentralConfig.forTests(SeedRegionComplaints.FULL_WORLD).withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theBabelOfficeSeesItsNineInstitutionsOnlyAndBangkaTengahAnswersBest() {
        Map<String, WireComplaint> babel = ApiClient.login(server.baseUri(), "ombudsman-babel").pullAll(500);
        assertThat(babel.values()).allSatisfy(c -> assertThat(c.location().provinceId()).isEqualTo("19"));
        Map<String, List<WireComplaint>> byAgency = babel.values().stream().filter(c -> c.agency() != null)
                .collect(Collectors.groupingBy(c -> c.agency().id(), TreeMap::new, Collectors.toList()));
        assertThat(byAgency.keySet()).contains("pemprov-babel", "pemkab-bangka-tengah", "pemkab-bangka", "pemkab-bangka-barat",
                "pemkab-bangka-selatan", "pemkab-belitung", "pemkab-belitung-timur", "pemkot-pangkalpinang", "rsud-soekarno-babel");
        assertThat(byAgency.get("pemprov-babel").size()).as("a big institution").isGreaterThan(3 * byAgency.get("pemkab-belitung-timur").size());
        double tengah = quickShare(byAgency.get("pemkab-bangka-tengah"));
        double selatan = quickShare(byAgency.get("pemkab-bangka-selatan"));
        assertThat(tengah).as("Bangka Tengah answers within a week").isGreaterThan(0.8);
        assertThat(selatan).as("Bangka Selatan mostly late or silent").isLessThan(0.5);
        assertThat(byAgency.get("pemkab-bangka-tengah").stream().map(c -> c.category().id()).distinct().count())
                .as("an institution's complaints spread over its units' topics").isGreaterThanOrEqualTo(5);
    }

    @Test
    void eachRegionHasItsOfficeAndTodaysAccountsStillSignIn() {
        for (String user : List.of("ombudsman-sumbar", "ombudsman-bali", "ombudsman-jatim", "penghubung.bangkatengah",
                "penghubung", "ombudsman", "penghubung.semarang")) {
            assertThat(ApiClient.login(server.baseUri(), user).pullAll(1000)).as(user).isNotEmpty();
        }
        Set<String> bali = ApiClient.login(server.baseUri(), "ombudsman-bali").pullAll(1000).values().stream()
                .filter(c -> c.agency() != null).map(c -> c.agency().id()).collect(Collectors.toSet());
        assertThat(bali).containsExactlyInAnyOrder("pemprov-bali", "pemkot-denpasar", "pemkab-badung", "pemkab-buleleng");
    }

    @Test
    void aSmallTestWorldHasNoRegions() throws Exception {
        try (CentralServer small = CentralServer.start(CentralConfig.forTests(SeedRegionComplaints.FULL_WORLD - 1)
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC)))) {
            java.util.Set<String> regional = SeedRegions.INSTITUTIONS.stream().map(i -> i.agency().id()).collect(java.util.stream.Collectors.toSet());
            assertThat(ApiClient.login(small.baseUri(), "admin").pullAll(1000).values())
                    .hasSizeGreaterThanOrEqualTo(SeedRegionComplaints.FULL_WORLD - 1)
                    .noneMatch(c -> c.agency() != null && regional.contains(c.agency().id()));
        }
    }

    @Test
    void theRegionsAreTheSameForTheSameSeedAndDay() {
        List<ComplaintRecord> a = new SeedRegionComplaints(1, NOW).all();
        List<ComplaintRecord> b = new SeedRegionComplaints(1, NOW).all();
        assertThat(a).hasSize(SeedRegions.INSTITUTIONS.stream().mapToInt(SeedRegions.Institution::volume).sum());
        assertThat(a).isEqualTo(b);
        assertThat(a).allSatisfy(r -> assertThat(r.wire().events()).allSatisfy(e -> assertThat(e.at()).isBefore(NOW)));
    }

    /** Of the disposed complaints whose week has passed, the share with an officer's step within seven days. */
    private static double quickShare(List<WireComplaint> complaints) {
        int due = 0;
        int quick = 0;
        for (WireComplaint c : complaints) {
            if (c.disposedAt() == null || c.disposedAt().isAfter(NOW.minus(Duration.ofDays(8)))) {
                continue;
            }
            due++;
            Instant first = c.events().stream().filter(e -> e.actor().kind().name().equals("OFFICER")
                    && !e.type().equals("DISPOSED_TO_UNIT") && !e.type().equals("NOTE")).map(WireEvent::at).findFirst().orElse(null);
            if (first != null && Duration.between(c.disposedAt(), first).toDays() <= 7) {
                quick++;
            }
        }
        return due == 0 ? 0 : (double) quick / due;
    }
}
