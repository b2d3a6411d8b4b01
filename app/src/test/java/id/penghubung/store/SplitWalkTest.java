package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.report.ComplaintFacts;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.report.TrendStep;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's trends read by several readers at once ({@link SplitWalk}) are the one reader's: every
 * complaint's facts once (over a gap of deleted row ids), and the same weeks and months.
 */
class SplitWalkTest {
    private static final int SEEDED = 600;
    private static final DeadlineCalculator CALC = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
    private static final Instant NOW = Instant.parse("2026-03-15T03:00:00Z");

    @TempDir
    static Path dir;
    private static Path file;

    @BeforeAll
    static void seed() {
        file = dir.resolve("cache.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            CacheCopies.seedAndMultiply(store, SEEDED, 15);
            store.forTest().exec("DELETE FROM complaint WHERE rid BETWEEN 3990 AND 4100");
        }
    }

    @Test
    void splitReadersHandEveryComplaintsFactsOnceAndTheSameTrends() {
        ReportPeriod year = new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
        ReportBuilder one = new ReportBuilder(year, ReportGrouping.INSTITUTION, CALC.calendar(), NOW);
        List<ComplaintFacts> serial = new ArrayList<>();
        try (ReportFacts facts = ReportFacts.open(file)) {
            facts.forEach(ReportGrouping.INSTITUTION, CALC, year.start(CALC.calendar().zone()), one.asOf(), f -> {
                serial.add(f);
                one.add(f);
            });
        }
        assertThat(serial).hasSizeGreaterThan(SEEDED * 5);
        for (int parts : new int[] {2, 3}) {
            ReportBuilder split = new ReportBuilder(year, ReportGrouping.INSTITUTION, CALC.calendar(), NOW);
            List<ComplaintFacts> walked = new ArrayList<>();
            SplitWalk.forEach(file, parts, ReportGrouping.INSTITUTION, CALC, year.start(CALC.calendar().zone()), split.asOf(), f -> {
                walked.add(f);
                split.add(f);
            });
            // The same facts, each as often, in any order: compared as counts (AssertJ's containsExactlyInAnyOrder
            // compares every pair, 3 s of CPU for these ~9,000).
            assertThat(counts(walked)).as("%d readers", parts).isEqualTo(counts(serial));
            assertThat(split.trend(TrendStep.WEEK)).isEqualTo(one.trend(TrendStep.WEEK));
            assertThat(split.trend(TrendStep.MONTH)).isEqualTo(one.trend(TrendStep.MONTH));
        }
    }

    private static Map<ComplaintFacts, Long> counts(List<ComplaintFacts> facts) {
        return facts.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void partsMeetWithoutGapOrOverlap() {
        assertThat(SplitWalk.bound(9_000, 2, 0)).isZero();
        assertThat(SplitWalk.bound(9_000, 2, 1)).isEqualTo(4_500);
        assertThat(SplitWalk.bound(9_001, 3, 2)).isEqualTo(6_000);
        assertThat(SplitWalk.bound(9_001, 3, 3)).isEqualTo(9_001);
    }
}
