package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's faster aggregates give the numbers of the plain SQL they replaced (issue 18: the charts
 * within a second at 300,000 complaints): the largest categories and units counted on their index then
 * named, and the sidebar's counts read view by view, on a small synthetic cache.
 */
class DashboardQueriesEquivalenceTest {
    @TempDir
    Path dir;

    @Test
    void largestGroupsAndSidebarCountsEqualTheOldQueries() throws SQLException {
        Path file = dir.resolve("cache.db");
        Instant now = Instant.parse("2025-03-03T03:00:00Z");
        Instant soon = now.plusSeconds(3 * 86_400);
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines(), Clock.fixed(now, ZoneId.of("Asia/Jakarta")))) {
            SyntheticComplaints gen = new SyntheticComplaints(18);
            for (int from = 0; from < 1_500; from += 500) {
                store.applyPage(gen.page(from, 500), List.of(), "c" + from);
            }
            try (DashboardQueries queries = DashboardQueries.open(store);
                    Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                List<DashboardQueries.Bucket> categories = queries.byCategory(10);
                List<DashboardQueries.Bucket> units = queries.byUnit(10);
                assertThat(categories).hasSize(10);
                assertThat(units).isNotEmpty();
                assertThat(categories).isEqualTo(old(plain, "SELECT category_id, category_name, count(*) n FROM complaint"
                        + " GROUP BY category_id ORDER BY n DESC, category_name LIMIT 10"));
                assertThat(units).isEqualTo(old(plain, "SELECT unit_id, unit_name, count(*) n FROM complaint"
                        + " WHERE unit_id IS NOT NULL GROUP BY unit_id ORDER BY n DESC, unit_name LIMIT 10"));
                assertThat(queries.byCategory(3)).isEqualTo(categories.subList(0, 3));

                Map<InboxView, Integer> every = store.counts(now, soon);
                assertThat(every.get(InboxView.OVERDUE)).isPositive();
                assertThat(every.get(InboxView.DUE_SOON)).isPositive();
                assertThat(queries.counts(now, soon, EnumSet.allOf(InboxView.class))).isEqualTo(every);
                assertThat(queries.counts(now, soon, EnumSet.of(InboxView.OVERDUE, InboxView.DUE_SOON)))
                        .containsExactlyInAnyOrderEntriesOf(Map.of(InboxView.OVERDUE, every.get(InboxView.OVERDUE),
                                InboxView.DUE_SOON, every.get(InboxView.DUE_SOON)));
            }
        }
    }

    @Test
    void monthsClocksReadLightlyEvaluateAsTheWholeComplaints() {
        Path file = dir.resolve("cache.db");
        Instant now = Instant.parse("2025-03-03T03:00:00Z");
        DeadlineCalculator calculator = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
        List<String> stopping = List.of("VERIFIED", "DISPOSED", "RESPONDED", "NOT_AUTHORIZED", "COMPLETED", "ARCHIVED", "REDIRECTED");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines(), Clock.fixed(now, ZoneId.of("Asia/Jakarta")))) {
            SyntheticComplaints gen = new SyntheticComplaints(18);
            for (int from = 0; from < 1_000; from += 500) {
                store.applyPage(gen.page(from, 500), List.of(), "c" + from);
            }
            try (DashboardQueries queries = DashboardQueries.open(store)) {
                Instant from = Instant.parse("2024-01-01T00:00:00Z");
                Instant to = Instant.parse("2027-01-01T00:00:00Z");
                List<String> ids = queries.complaintsWithEventsBetween(from, to, stopping, 700);
                List<Complaint> light = queries.clocksWithEventsBetween(from, to, stopping, 700);
                assertThat(ids).hasSize(700);
                assertThat(light).extracting(Complaint::id).isEqualTo(ids);
                int stopped = 0;
                for (Complaint c : light) {
                    Complaint whole = store.complaint(c.id()).orElseThrow();
                    List<Deadline> expected = calculator.evaluate(whole, now).deadlines();
                    assertThat(calculator.evaluate(c, now).deadlines()).as(c.id()).isEqualTo(expected);
                    stopped += (int) expected.stream().filter(d -> d.stoppedAt().isPresent()).count();
                }
                assertThat(stopped).isGreaterThan(500);
                Instant march = Instant.parse("2025-02-28T17:00:00Z");
                assertThat(queries.clocksWithEventsBetween(march, now, stopping, 5_000)).extracting(Complaint::id)
                        .isEqualTo(queries.complaintsWithEventsBetween(march, now, stopping, 5_000)).isNotEmpty();
            }
        }
    }

    @Test
    void hotSpotsAreCountedOnTheirIndexAfterAFirstPull() throws SQLException {
        Path file = dir.resolve("cache.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            store.applyPage(new SyntheticComplaints(18).page(0, 200), List.of(), "c0");
            store.optimize();
        }
        StringBuilder plan = new StringBuilder();
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement p = plain.prepareStatement("EXPLAIN QUERY PLAN " + DashboardQueries.DISTRICTS)) {
            p.setInt(1, 8);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString("detail")).append('\n');
                }
            }
        }
        assertThat(plan.toString()).contains("USING COVERING INDEX complaint_place");
    }

    private static List<DashboardQueries.Bucket> old(Connection plain, String sql) throws SQLException {
        List<DashboardQueries.Bucket> out = new ArrayList<>();
        try (PreparedStatement p = plain.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new DashboardQueries.Bucket(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return out;
    }
}
