package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Actor;
import id.penghubung.model.ActorKind;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Category;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Location;
import id.penghubung.model.Status;
import id.penghubung.model.TrackingId;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.report.TrendPoint;
import id.penghubung.model.report.TrendStep;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.model.sla.SlaRule;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's trends from the facts table ({@link TrendFacts}) are the report walk's
 * ({@link ReportFacts} into {@link ReportBuilder#add}): every week and month, every column, for complaints
 * answered on time and late, reopened, redirected, "bukan wewenang", archived before their due, held and
 * resumed, held still, closed without a closing event, still at verification, and some with something after
 * the period's end (answered, disposed again) — and for a synthetic cache, over a past year, a running one
 * and a month. The table's rows follow a newer version of a complaint, its removal, an edit of its events
 * and a change of the rules.
 */
class TrendFactsEquivalenceTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DeadlineCalculator STANDARD = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
    /** A follow-up of 2 working days instead of 5: a change of rules the facts must follow. */
    private static final DeadlineCalculator STRICT = new DeadlineCalculator(WorkingCalendar.bundled(), new SlaPolicy(
            SlaRule.workingDays(3), SlaRule.workingDays(2), SlaRule.workingDays(10), SlaRule.calendarDays(60), true));
    private static final AgencyRef AGENCY = new AgencyRef("rsud", "RSUD");
    private static final ReportPeriod APRIL = new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
    private static final ReportPeriod SPRING = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31));

    @TempDir
    Path dir;

    @Test
    void handMadeComplaintsCountTheSameFromTheTableAsByTheWalk() throws SQLException {
        Path file = dir.resolve("hand.db");
        try (CaseStore store = CaseStore.open(file, index("standard", STANDARD))) {
            store.applyPage(hand(), List.of(), "c1");
            assertThat(coverage(file)).as("every complaint has its row of facts").containsExactly(20L, 20L);
            // April's moment is 1 May: complaints 11 and 12 have events after it and go through the walk.
            assertThat(uncovered(file, APRIL)).isEqualTo(2);
            assertSame(store, file, APRIL, wib("06-01T10:00"), STANDARD);
            assertSame(store, file, SPRING, wib("05-20T10:00"), STANDARD);
            assertSame(store, file, SPRING, wib("04-15T12:00"), STANDARD);
            ReportBuilder april = table(store, APRIL, wib("06-01T10:00"), STANDARD);
            TrendPoint month = april.trend(TrendStep.MONTH).getFirst();
            // By hand: disposed in April, 17 (not 7 at verification, 20 archived there, 14 disposed in March; 12 counts
            // by its April disposition, its second one in May lies after the moment).
            assertThat(month.received()).isEqualTo(17);
        }
    }

    @Test
    void aNewerVersionARemovalAndEditedEventsAreCountedAsTheWalkCountsThem() throws SQLException {
        Path file = dir.resolve("changes.db");
        try (CaseStore store = CaseStore.open(file, index("standard", STANDARD))) {
            store.applyPage(hand(), List.of(), "c1");
            ReportBuilder before = table(store, APRIL, wib("06-01T10:00"), STANDARD);
            // Complaint 3 answered late in a newer version; complaint 1 gone from the scope.
            Complaint three = hand().get(2);
            List<Event> events = new ArrayList<>(three.events());
            events.add(ev(EventType.RESPONDED, "04-20T10:00"));
            store.applyPage(List.of(complaint(3, three.submittedAt(), three.disposedAt(), Status.PROSES, events, 2)),
                    List.of("tf-1"), "c2");
            assertThat(coverage(file)).containsExactly(19L, 19L);
            ReportBuilder after = assertSame(store, file, APRIL, wib("06-01T10:00"), STANDARD);
            assertThat(after.trend(TrendStep.MONTH)).isNotEqualTo(before.trend(TrendStep.MONTH));
            // An edit of events outside the writer drops the complaint's facts; the trends fill them again.
            store.forTest().exec("UPDATE event SET at = at + 86400000 WHERE type = 'RESPONDED'");
            assertThat(coverage(file).getLast()).isLessThan(19L);
            assertSame(store, file, APRIL, wib("06-01T10:00"), STANDARD);
            assertThat(coverage(file)).containsExactly(19L, 19L);
        }
    }

    @Test
    void aChangeOfRulesRewritesTheFacts() throws SQLException {
        Path file = dir.resolve("rules.db");
        ReportBuilder standard;
        try (CaseStore store = CaseStore.open(file, index("standard", STANDARD))) {
            store.applyPage(hand(), List.of(), "c1");
            standard = assertSame(store, file, APRIL, wib("06-01T10:00"), STANDARD);
        }
        try (CaseStore store = CaseStore.open(file, index("strict", STRICT))) {
            assertThat(coverage(file)).containsExactly(20L, 20L);
            ReportBuilder strict = assertSame(store, file, APRIL, wib("06-01T10:00"), STRICT);
            assertThat(strict.trend(TrendStep.MONTH).getFirst().followUpOnTime())
                    .isLessThan(standard.trend(TrendStep.MONTH).getFirst().followUpOnTime());
        }
    }

    @Test
    void aSyntheticCacheCountsTheSameOverAPastYearARunningOneAndAMonth() throws SQLException {
        Path file = dir.resolve("synthetic.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            CacheCopies.seedAndMultiply(store, 600, 4);
            CacheCopies.lateAnswers(store, 3, 9);
            DeadlineCalculator calc = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
            assertSame(store, file, new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                    Instant.parse("2026-01-15T03:00:00Z"), calc);
            assertThat(coverage(file)).containsExactly(2400L, 2400L);
            ReportPeriod running = new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
            assertThat(uncovered(file, running)).isPositive();
            assertSame(store, file, running, Instant.parse("2026-03-15T03:00:00Z"), calc);
            assertSame(store, file, new ReportPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)),
                    Instant.parse("2026-03-15T03:00:00Z"), calc);
        }
    }

    @Test
    void theMonthsTileFromTheStoredVerdictsIsTheCalculatorsOverTheComplaints() {
        Path file = dir.resolve("tile.db");
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            CacheCopies.seedAndMultiply(store, 600, 3);
            store.applyPage(hand(), List.of(), "h");
            CacheCopies.lateAnswers(store, 4, 9);
            try (DashboardQueries queries = DashboardQueries.open(store)) {
                Instant april = wib("04-01T00:00");
                Instant may = wib("05-01T00:00");
                assertThat(queries.stoppedClocks(april, may, STOPPING)).as("copies and edited complaints have no facts yet").isEmpty();
                store.serverCopy.facts.fillMissing();
                DashboardQueries.MetMissed hand = queries.stoppedClocks(april, may, STOPPING).orElseThrow();
                assertThat(hand).isEqualTo(judged(queries, april, may, STANDARD));
                assertThat(hand.met()).isPositive();
                assertThat(hand.missed()).isPositive();
                for (int month = 1; month <= 12; month++) {
                    Instant from = LocalDate.of(2025, month, 1).atStartOfDay(WIB).toInstant();
                    Instant to = LocalDate.of(2025, month, 1).plusMonths(1).atStartOfDay(WIB).toInstant();
                    DashboardQueries.MetMissed stored = queries.stoppedClocks(from, to, STOPPING).orElseThrow();
                    assertThat(stored).as("2025-%d", month).isEqualTo(judged(queries, from, to, STANDARD));
                    assertThat(stored.met() + stored.missed()).isPositive();
                }
            }
        }
    }

    private static final List<String> STOPPING = List.of("VERIFIED", "DISPOSED", "RESPONDED", "NOT_AUTHORIZED", "COMPLETED",
            "ARCHIVED", "REDIRECTED");

    /** The tile as the view model judged it before the verdicts were stored: the calculator over each complaint. */
    private static DashboardQueries.MetMissed judged(DashboardQueries queries, Instant from, Instant to, DeadlineCalculator calc) {
        int met = 0;
        int missed = 0;
        for (Complaint c : queries.clocksWithEventsBetween(from, to, STOPPING, Integer.MAX_VALUE)) {
            List<DeadlineState> stopped = calc.evaluate(c, to).deadlines().stream()
                    .filter(d -> d.stoppedAt().map(at -> !at.isBefore(from) && at.isBefore(to)).orElse(false))
                    .map(Deadline::state).filter(s -> s == DeadlineState.MET || s == DeadlineState.MISSED).toList();
            if (stopped.contains(DeadlineState.MISSED)) {
                missed++;
            } else if (!stopped.isEmpty()) {
                met++;
            }
        }
        return new DashboardQueries.MetMissed(met, missed);
    }

    /** The walk's and the table's weeks and months; returns the table's builder. */
    private static ReportBuilder assertSame(CaseStore store, Path file, ReportPeriod period, Instant now, DeadlineCalculator calc) {
        ReportBuilder walked = new ReportBuilder(period, ReportGrouping.INSTITUTION, calc.calendar(), now);
        try (ReportFacts facts = ReportFacts.open(file)) {
            facts.forEach(ReportGrouping.INSTITUTION, calc, period.start(WIB), walked.asOf(), walked::add);
        }
        ReportBuilder counted = table(store, period, now, calc);
        assertThat(walked.trend(TrendStep.MONTH).stream().mapToInt(TrendPoint::received).sum()).as("something to count").isPositive();
        assertThat(counted.trend(TrendStep.WEEK)).as("weeks of %s at %s", period, now).isEqualTo(walked.trend(TrendStep.WEEK));
        assertThat(counted.trend(TrendStep.MONTH)).as("months of %s at %s", period, now).isEqualTo(walked.trend(TrendStep.MONTH));
        return counted;
    }

    private static ReportBuilder table(CaseStore store, ReportPeriod period, Instant now, DeadlineCalculator calc) {
        ReportBuilder b = new ReportBuilder(period, ReportGrouping.INSTITUTION, calc.calendar(), now);
        TrendFacts.count(store, 2, calc, period, b);
        return b;
    }

    /** Complaints, and rows of facts. */
    private static List<Long> coverage(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM complaint), (SELECT count(*) FROM complaint_facts)")) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2));
        }
    }

    /** Rows the table leaves to the walk for a period that has ended (its moment is its end). */
    private static long uncovered(Path file, ReportPeriod period) throws SQLException {
        long end = period.end(WIB).toEpochMilli();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM complaint_facts WHERE last_at >= " + end + " AND submitted_at < " + end)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static DeadlineIndex index(String rules, DeadlineCalculator calc) {
        return new DeadlineIndex() {
            @Override
            public Optional<Instant> nextDueAt(Complaint c) {
                return calc.evaluate(c, Instant.parse("2026-05-01T00:00:00Z")).nextDueAt();
            }

            @Override
            public String rulesFingerprint() {
                return rules;
            }

            @Override
            public Optional<DeadlineCalculator> factsCalculator() {
                return Optional.of(calc);
            }
        };
    }

    /** Twenty complaints of spring 2026 (WIB), the cases the report's definitions tell apart. */
    static List<Complaint> hand() {
        List<Complaint> out = new ArrayList<>();
        out.add(c(1, "04-01T09:00", Status.PROSES, ev(EventType.RESPONDED, "04-07T10:00")));
        out.add(c(2, "04-01T09:00", Status.PROSES, ev(EventType.RESPONDED, "04-10T10:00")));
        out.add(c(3, "04-06T09:00", Status.BELUM_DITINDAKLANJUTI));
        out.add(c(4, "04-13T09:00", Status.SELESAI, ev(EventType.RESPONDED, "04-13T15:00"), ev(EventType.COMPLETED, "04-14T10:00"),
                ev(EventType.REPORTER_REPLIED, "04-15T09:00"), ev(EventType.RESPONDED, "04-15T16:00"),
                ev(EventType.COMPLETED, "04-16T10:00")));
        out.add(c(5, "04-06T09:00", Status.PROSES, ev(EventType.REDIRECTED, "04-07T10:00")));
        out.add(c(6, "04-06T09:00", Status.PROSES, ev(EventType.NOT_AUTHORIZED, "04-07T10:00")));
        Instant submitted = wib("04-20T09:00");
        out.add(complaint(7, submitted, Optional.empty(), Status.BELUM_TERVERIFIKASI,
                List.of(new Event("s-7", EventType.SUBMITTED, submitted, new Actor(ActorKind.REPORTER, "Pelapor"), "", List.of())), 1));
        out.add(c(8, "04-13T09:00", Status.ARSIP, ev(EventType.ARCHIVED, "04-14T10:00")));
        out.add(c(9, "04-08T09:00", Status.PROSES, ev(EventType.HELD, "04-09T10:00"), ev(EventType.RESUMED, "04-16T10:00"),
                ev(EventType.RESPONDED, "04-17T10:00")));
        out.add(c(10, "04-08T09:00", Status.PROSES, ev(EventType.HELD, "04-09T10:00")));
        out.add(c(11, "04-28T09:00", Status.PROSES, ev(EventType.RESPONDED, "05-06T10:00")));
        out.add(c(12, "04-20T09:00", Status.PROSES, ev(EventType.DISPOSED, "05-03T09:00"), ev(EventType.RESPONDED, "05-04T10:00")));
        out.add(c(13, "04-14T09:00", Status.SELESAI, ev(EventType.RESPONDED, "04-15T10:00"), ev(EventType.NOTE, "04-29T10:00")));
        out.add(c(14, "03-02T09:00", Status.SELESAI, ev(EventType.RESPONDED, "03-20T10:00"), ev(EventType.COMPLETED, "04-02T10:00")));
        out.add(c(15, "04-21T09:00", Status.PROSES, ev(EventType.COMPLETED, "04-22T10:00"), ev(EventType.REOPENED, "04-23T10:00")));
        out.add(c(16, "04-22T09:00", Status.SELESAI, ev(EventType.INFO_REQUESTED, "04-23T10:00"),
                ev(EventType.REPORTER_REPLIED, "04-27T10:00"), ev(EventType.COMPLETED, "04-29T10:00")));
        out.add(c(17, "04-30T23:00", Status.BELUM_DITINDAKLANJUTI));
        // Answered half an hour after its due (the end of Thursday 9 April, the fifth working day): late.
        out.add(c(18, "04-01T09:00", Status.PROSES, ev(EventType.RESPONDED, "04-10T00:30")));
        // Redirected away, then archived: closed, never completed.
        out.add(c(19, "04-06T09:00", Status.ARSIP, ev(EventType.REDIRECTED, "04-07T10:00"), ev(EventType.ARCHIVED, "04-08T10:00")));
        Instant archived = wib("04-21T09:00");
        out.add(complaint(20, archived.minusSeconds(3_600), Optional.empty(), Status.ARSIP, List.of(
                new Event("s-20", EventType.SUBMITTED, archived.minusSeconds(3_600), new Actor(ActorKind.REPORTER, "Pelapor"), "", List.of()),
                ev(EventType.ARCHIVED, "04-21T09:00")), 1));
        return out;
    }

    private static Instant wib(String monthDayTime) {
        return LocalDateTime.parse("2026-" + monthDayTime).atZone(WIB).toInstant();
    }

    private static Event ev(EventType type, String at) {
        ActorKind kind = switch (type) {
            case REDIRECTED, ARCHIVED, DISPOSED, HELD, RESUMED -> ActorKind.ADMIN;
            case REPORTER_REPLIED -> ActorKind.REPORTER;
            default -> ActorKind.OFFICER;
        };
        return new Event("e-" + type + "-" + at, type, wib(at), new Actor(kind, kind.name()), "", List.of());
    }

    private static Complaint c(int n, String disposed, Status status, Event... later) {
        Instant submitted = wib(disposed).minusSeconds(86_400);
        List<Event> events = new ArrayList<>();
        events.add(new Event("s-" + n, EventType.SUBMITTED, submitted, new Actor(ActorKind.REPORTER, "Pelapor"), "", List.of()));
        events.add(new Event("d-" + n, EventType.DISPOSED, wib(disposed), new Actor(ActorKind.ADMIN, "Admin"), "", List.of()));
        events.addAll(List.of(later));
        return complaint(n, submitted, Optional.of(wib(disposed)), status, events, 1);
    }

    private static Complaint complaint(int n, Instant submitted, Optional<Instant> disposed, Status status, List<Event> events,
            long version) {
        return new Complaint("tf-" + n, new TrackingId(Integer.toString(3_000_000 + n)), version, "Pengaduan " + n, "Isi " + n,
                Classification.PENGADUAN, false, false, Category.root("kesehatan", "Kesehatan"), Channel.WEBSITE, status, submitted,
                disposed, Optional.empty(), new Location("32", "Jawa Barat", "Kota Bandung", "Coblong", "Dago", "", Optional.empty()),
                Optional.of(AGENCY), Optional.empty(), Optional.empty(), List.of(), events);
    }
}
