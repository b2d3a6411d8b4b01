package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.central.CentralConfig;
import id.penghubung.model.report.GroupIndicators;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.protocol.ProvinceIndicators;
import id.penghubung.protocol.WireInstitutionIndicators;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.ReportFacts;
import id.penghubung.ui.ranking.RankingData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Posisi kami" (issue 18): the training server publishes each institution's indicators for a
 * province, and an institution's row there is exactly what that institution's own desk computes from
 * its cache for the same period — over real HTTP, into a real encrypted cache.
 */
class ProvinceIndicatorsTest {
    private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    private static final String BANGKA_TENGAH = "pemkab-bangka-tengah";

    private static TrainingWorld world;

    @TempDir
    Path data;

    @BeforeAll
    static void start() {
        world = TrainingWorld.start(CentralConfig.forTests(500).withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void theServersRowForAnInstitutionEqualsWhatItsOwnDeskComputesFromItsCache() {
        try (Session session = world.session(data, "penghubung.bangkatengah")) {
            session.engine().sync(SyncListener.NONE);
            for (ReportPeriod period : new ReportPeriod[] {
                    new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 31)),
                    new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30))}) {
                ProvinceIndicators published = session.api().provinceIndicators(period.from(), period.to());
                // What the desk keeps for offline use: the same numbers, with when they came.
                ProvinceIndicatorsCache kept = new ProvinceIndicatorsCache(data.resolve("kept"), Clock.fixed(NOW, ZoneOffset.UTC));
                ProvinceIndicatorsCache.Copy copy = kept.fetch(session.api(), period.from(), period.to());
                assertThat(kept.last()).contains(copy);
                assertThat(copy.fetchedAt()).isEqualTo(NOW);
                assertThat(copy.institutions()).extracting(ProvinceIndicatorsCache.Institution::score)
                        .containsExactlyElementsOf(published.institutions().stream().map(WireInstitutionIndicators::score).toList());
                assertThat(published.provinceId()).isEqualTo("19");
                assertThat(published.provinceName()).isEqualTo("Kepulauan Bangka Belitung");
                assertThat(published.institutions()).extracting(WireInstitutionIndicators::id)
                        .contains(BANGKA_TENGAH, "pemkab-bangka", "pemkot-pangkalpinang")
                        .doesNotContain("pemkot-bandung");
                WireInstitutionIndicators ours = published.institutions().stream()
                        .filter(i -> i.id().equals(BANGKA_TENGAH)).findFirst().orElseThrow();
                assertThat(ours.received()).isPositive();

                // The desk's ranking port (Kinerja/Posisi kami) and the CLI's reader over the same cache.
                IndicatorReport desk;
                try (DashboardQueries queries = DashboardQueries.open(session.store())) {
                    desk = RankingData.of(session.store(), queries, session.rules().calculator(), Clock.fixed(NOW, ZoneOffset.UTC))
                            .report(period, ReportGrouping.INSTITUTION, Optional.empty());
                }
                IndicatorReport cli;
                try (ReportFacts facts = ReportFacts.open(session.store())) {
                    cli = facts.report(period, ReportGrouping.INSTITUTION, session.rules().calculator(), NOW);
                }
                for (IndicatorReport computed : new IndicatorReport[] {desk, cli}) {
                    GroupIndicators own = computed.groups().stream().filter(g -> g.id().equals(BANGKA_TENGAH)).findFirst().orElseThrow();
                    // The rank is among the province's institutions, which one agency's cache does not hold.
                    assertThat(ours).as("%s", period).usingRecursiveComparison().ignoringFields("rank")
                            .isEqualTo(WireInstitutionIndicators.of(own));
                    assertThat(published.calendar()).isEqualTo(computed.calendarVersion());
                    assertThat(published.asOf()).isEqualTo(computed.asOf());
                }
            }
        }
    }

    @Test
    void aNationalInstitutionMustNameTheProvinceAndDatesAreChecked() {
        try (Session kemensos = world.session(data, "penghubung.kemensos")) {
            assertThatThrownBy(() -> kemensos.api().provinceIndicators(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                    .isInstanceOf(ApiException.class).hasMessageContaining("province");
            try (Session bandung = world.session(data.resolve("b"), "penghubung")) {
                assertThatThrownBy(() -> bandung.api().provinceIndicators(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 1)))
                        .isInstanceOf(ApiException.class);
                assertThat(bandung.api().provinceIndicators(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).provinceId())
                        .isEqualTo("32");
            }
        }
    }
}
