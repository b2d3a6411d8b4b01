package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.report.ComplaintFacts;
import id.penghubung.model.report.FactsOf;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's own reading of the cache (only the columns and events the indicators need, enum
 * names as ordinals, pages by row-id range) gives every complaint exactly the facts the model computes
 * from the whole complaint as the store reads it: over two pages, a gap of deleted row ids across a
 * page's edge, an event type and a status this version does not know.
 */
class ReportFactsTest {
    private static final int SEEDED = 600;
    private static final int COPIES = 7;
    private static final DeadlineCalculator CALC = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
    private static final Instant NOW = Instant.parse("2027-01-15T03:00:00Z");

    @TempDir
    static Path dir;
    private static Path file;

    @BeforeAll
    static void seed() {
        file = dir.resolve("cache.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            CacheCopies.seedAndMultiply(store, SEEDED, COPIES);
            TestHooks hooks = store.forTest();
            hooks.exec("UPDATE complaint SET agency_id = 'inst-' || ((rid - 1) / " + SEEDED + "),"
                    + " agency_name = 'Instansi ' || ((rid - 1) / " + SEEDED + ")");
            // Row ids 3,990..4,100 are gone: the first report page (4,000 ids) ends inside the gap.
            hooks.exec("DELETE FROM complaint WHERE rid BETWEEN 3990 AND 4100");
            hooks.exec("UPDATE event SET type = 'ESCALATED' WHERE complaint_rid IN (11, 4011) AND type = 'RESPONDED'");
            hooks.exec("UPDATE complaint SET status = 'DIBEKUKAN' WHERE rid IN (12, 4012)");
            // Every fifth complaint's officer set its completion tier (information: 5 days): the report must
            // judge its completion by that tier, as the detail pane and the case file do, not by the default one.
            hooks.exec("INSERT INTO event (complaint_rid, seq, id, type, at, actor_kind, actor_name, text)"
                    + " SELECT c.rid, 999, 'tier-' || c.rid, 'TIER_SET', (SELECT MAX(at) FROM event e WHERE e.complaint_rid = c.rid) + 1,"
                    + " 'OFFICER', 'Petugas', 'INFORMATION' FROM complaint c WHERE c.rid % 5 = 0"
                    + " AND EXISTS (SELECT 1 FROM event e WHERE e.complaint_rid = c.rid)");
        }
    }

    @Test
    void everyComplaintsFactsEqualTheModelsFromTheWholeComplaint() {
        Instant asOf = Instant.parse("2026-01-01T00:00:00Z");
        List<ComplaintFacts> expected = new ArrayList<>();
        for (Complaint c : whole()) {
            if (c.submittedAt().isBefore(asOf)) {
                expected.add(FactsOf.of(c, ReportGrouping.INSTITUTION, CALC, asOf));
            }
        }
        List<ComplaintFacts> actual = new ArrayList<>();
        try (ReportFacts facts = ReportFacts.open(file)) {
            facts.forEach(ReportGrouping.INSTITUTION, CALC, asOf, actual::add);
        }
        assertThat(expected).hasSizeGreaterThan(SEEDED * 2);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void aYearsReportEqualsTheModelsReportOverTheWholeComplaints() {
        ReportPeriod year = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        ReportBuilder builder = new ReportBuilder(year, ReportGrouping.INSTITUTION, CALC.calendar(), NOW);
        List<Complaint> whole = whole();
        assertThat(whole).anyMatch(c -> c.status() == Status.OTHER)
                .anyMatch(c -> c.events().stream().anyMatch(e -> e.type() == EventType.OTHER));
        whole.stream().filter(c -> c.submittedAt().isBefore(builder.asOf()))
                .forEach(c -> builder.add(FactsOf.of(c, ReportGrouping.INSTITUTION, CALC, builder.asOf())));
        IndicatorReport expected = builder.build();
        try (ReportFacts facts = ReportFacts.open(file)) {
            IndicatorReport actual = facts.report(year, ReportGrouping.INSTITUTION, CALC, NOW);
            assertThat(actual.groups()).hasSize(COPIES);
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void aLaterPeriodLeavesOutOnlyComplaintsThatCountNowhereInIt() {
        // Half of the cache was closed before this period began: the reader passes those over in its pages.
        ReportPeriod half = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        ReportBuilder builder = new ReportBuilder(half, ReportGrouping.INSTITUTION, CALC.calendar(), NOW);
        whole().stream().filter(c -> c.submittedAt().isBefore(builder.asOf()))
                .forEach(c -> builder.add(FactsOf.of(c, ReportGrouping.INSTITUTION, CALC, builder.asOf())));
        IndicatorReport expected = builder.build();
        List<ComplaintFacts> walked = new ArrayList<>();
        try (ReportFacts facts = ReportFacts.open(file)) {
            facts.forEach(ReportGrouping.INSTITUTION, CALC, half.start(CALC.calendar().zone()), builder.asOf(), walked::add);
            assertThat(facts.report(half, ReportGrouping.INSTITUTION, CALC, NOW)).isEqualTo(expected);
        }
        assertThat(walked).as("passed over").hasSizeLessThan((int) whole().stream()
                .filter(c -> c.submittedAt().isBefore(builder.asOf())).count());
    }

    /** Every complaint as the store reads it whole (bodies, texts, every event), in row-id order. */
    private List<Complaint> whole() {
        List<Complaint> out = new ArrayList<>();
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            CachePage page = store.complaintsAfter(CachePage.Position.START, 1_000);
            while (!page.complaints().isEmpty()) {
                out.addAll(page.complaints());
                page = store.complaintsAfter(page.next(), 1_000);
            }
        }
        return out;
    }
}
