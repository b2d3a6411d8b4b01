package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import id.penghubung.i18n.Messages;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.MonthTrend;
import id.penghubung.model.report.ReportColumns;
import id.penghubung.model.report.TrendPoint;
import id.penghubung.model.report.TrendStep;
import id.penghubung.store.ReportFacts;
import id.penghubung.ui.dashboard.TrendData;
import id.penghubung.ui.dashboard.TrendViewModel;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.DeadlineIndex;
import id.penghubung.ui.ranking.RankingData;
import id.penghubung.ui.ranking.RankingPeriod;
import id.penghubung.ui.ranking.RankingViewModel;
import id.penghubung.protocol.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty complaints built by hand in a real (encrypted) SQLite cache, the indicators of April 2026
 * worked out by hand below, and the same numbers found in {@code penghubung report}'s JSON, CSV and
 * PDF, and in the desk's ranking table. April 2026 (WIB): Friday 3 April is a holiday, so is Friday 1 May; the report's moment is
 * 1 May 00:00. Follow-up due (5 working days, end of day): disposed Wed 1 Apr → Thu 9 Apr; Mon 6 Apr →
 * Mon 13 Apr; Mon 13 Apr → Mon 20 Apr; Mon 20 Apr → Mon 27 Apr; Mon 27 Apr → Tue 5 May (not yet due).
 * Completion: the standard policy's deadline (60 days) is far beyond every closing here.
 */
class ReportHandTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final AgencyRef PEMKOT = new AgencyRef("pemkot-bandung", "Pemerintah Kota Bandung");
    private static final AgencyRef RSUD = new AgencyRef("rsud-bandung", "RSUD Kota Bandung");
    private static final AgencyRef DINKES = new AgencyRef("dinkes-bandung", "Dinas Kesehatan Kota Bandung");
    private static final InputStream STDIN = System.in;

    @TempDir
    static Path data;

    @BeforeAll
    static void cache() {
        LocalAccount.create(data, 0, twenty());
    }

    @AfterAll
    static void restore() {
        System.setIn(STDIN);
    }

    /**
     * Pemkot (8): A1 answered day 1 (on time, 1 wd); A2 answered 10 Apr (late, 6 wd); A3 asked the
     * reporter 8 Apr (on time, 2 wd); A4 nothing (late, open overdue 13 wd); A5 answered and completed
     * (on time, 1 wd); A6 archived by the admin before the due (not applicable, closed by admin);
     * A7 disposed 27 Apr (not yet due); A8 disposed 2 March, nothing (not received in April, open
     * overdue since 9 March: 32 wd).
     * → received 7, due 5, on time 3, late 2, median of 1,6,2,1 = 1.5, completed 2 (on time 2, due 2),
     * open overdue 2; score 60×3/5 + 40×2/2 = 76.0.
     *
     * <p>RSUD (7): B1 answered on its due day (5 wd); B2 bukan wewenang 7 Apr (on time, 1 wd); B3
     * redirected by the admin (not applicable); B4 answered same day (0 wd), completed, reopened by
     * the reporter, completed again; B5 answered 28 Apr (late, 6 wd); B6 nothing (late, open overdue
     * 3 wd); B7 answered 20 Apr (on time, 5 wd).
     * → received 7, due 6, on time 4, late 2, median of 5,1,0,6,5 = 5.0, completed 1 (due 1), open
     * overdue 1, not authorized 1, redirected 1, reopened 1; score 60×4/6 + 40×1/1 = 80.0.
     *
     * <p>Dinkes (5): C1 answered 6 Apr (2 wd); C2 answered 13 Apr (5 wd); C3 still at verification
     * (never counted); C4 disposed 4 May (after the period); C5 completed 21 Apr (the completion is
     * its follow-up, 1 wd).
     * → received 3, due 3, on time 3, median of 2,5,1 = 2.0, completed 1; score 100.0.
     *
     * <p>All in volume group C (at most 7 × 12 = 84 a year): Dinkes 1, RSUD 2, Pemkot 3.
     */
    static List<Complaint> twenty() {
        List<Complaint> out = new ArrayList<>();
        out.add(c(1, PEMKOT, "04-01T09:00", Status.PROSES, ev(EventType.RESPONDED, "04-02T10:00")));
        out.add(c(2, PEMKOT, "04-01T09:00", Status.PROSES, ev(EventType.RESPONDED, "04-10T10:00")));
        out.add(c(3, PEMKOT, "04-06T09:00", Status.PROSES, ev(EventType.INFO_REQUESTED, "04-08T10:00")));
        out.add(c(4, PEMKOT, "04-06T09:00", Status.BELUM_DITINDAKLANJUTI));
        out.add(c(5, PEMKOT, "04-13T09:00", Status.SELESAI, ev(EventType.RESPONDED, "04-14T10:00"),
                ev(EventType.COMPLETED, "04-15T10:00")));
        out.add(c(6, PEMKOT, "04-13T09:00", Status.ARSIP, ev(EventType.ARCHIVED, "04-14T10:00")));
        out.add(c(7, PEMKOT, "04-27T09:00", Status.BELUM_DITINDAKLANJUTI));
        out.add(c(8, PEMKOT, "03-02T09:00", Status.BELUM_DITINDAKLANJUTI));
        out.add(c(9, RSUD, "04-01T09:00", Status.PROSES, ev(EventType.RESPONDED, "04-09T15:00")));
        out.add(c(10, RSUD, "04-06T09:00", Status.PROSES, ev(EventType.NOT_AUTHORIZED, "04-07T10:00")));
        out.add(c(11, RSUD, "04-06T09:00", Status.PROSES, ev(EventType.REDIRECTED, "04-07T10:00")));
        out.add(c(12, RSUD, "04-13T09:00", Status.SELESAI, ev(EventType.RESPONDED, "04-13T15:00"),
                ev(EventType.COMPLETED, "04-14T10:00"), ev(EventType.REPORTER_REPLIED, "04-15T09:00"),
                ev(EventType.RESPONDED, "04-15T16:00"), ev(EventType.COMPLETED, "04-16T10:00")));
        out.add(c(13, RSUD, "04-20T09:00", Status.PROSES, ev(EventType.RESPONDED, "04-28T10:00")));
        out.add(c(14, RSUD, "04-20T09:00", Status.BELUM_DITINDAKLANJUTI));
        out.add(c(15, RSUD, "04-13T09:00", Status.PROSES, ev(EventType.RESPONDED, "04-20T10:00")));
        out.add(c(16, DINKES, "04-01T09:00", Status.PROSES, ev(EventType.RESPONDED, "04-06T10:00")));
        out.add(c(17, DINKES, "04-06T09:00", Status.PROSES, ev(EventType.RESPONDED, "04-13T10:00")));
        out.add(atVerification(18));
        out.add(c(19, DINKES, "05-04T09:00", Status.BELUM_DITINDAKLANJUTI));
        out.add(c(20, DINKES, "04-20T09:00", Status.SELESAI, ev(EventType.COMPLETED, "04-21T10:00")));
        return out;
    }

    private static Instant wib(String monthDayTime) {
        return LocalDateTime.parse("2026-" + monthDayTime).atZone(WIB).toInstant();
    }

    private static Event ev(EventType type, String at) {
        ActorKind kind = switch (type) {
            case REDIRECTED, ARCHIVED -> ActorKind.ADMIN;
            case REPORTER_REPLIED -> ActorKind.REPORTER;
            default -> ActorKind.OFFICER;
        };
        return new Event("e-" + type + "-" + at, type, wib(at), new Actor(kind, kind.name()), "", List.of());
    }

    private static Complaint c(int n, AgencyRef agency, String disposed, Status status, Event... later) {
        Instant submitted = wib(disposed).minusSeconds(86_400);
        List<Event> events = new ArrayList<>();
        events.add(new Event("s-" + n, EventType.SUBMITTED, submitted, new Actor(ActorKind.REPORTER, "Pelapor"), "", List.of()));
        events.add(new Event("d-" + n, EventType.DISPOSED, wib(disposed), new Actor(ActorKind.ADMIN, "Admin"), "", List.of()));
        events.addAll(List.of(later));
        return complaint(n, agency, submitted, Optional.of(wib(disposed)), status, events);
    }

    private static Complaint atVerification(int n) {
        Instant submitted = wib("04-20T09:00");
        return complaint(n, DINKES, submitted, Optional.empty(), Status.BELUM_TERVERIFIKASI,
                List.of(new Event("s-" + n, EventType.SUBMITTED, submitted, new Actor(ActorKind.REPORTER, "Pelapor"), "", List.of())));
    }

    private static Complaint complaint(int n, AgencyRef agency, Instant submitted, Optional<Instant> disposed, Status status,
            List<Event> events) {
        return new Complaint("hand-" + n, new TrackingId(Integer.toString(2_000_000 + n)), 1, "Pengaduan " + n, "Isi " + n,
                Classification.PENGADUAN, false, false, Category.root("kesehatan", "Kesehatan"), Channel.WEBSITE, status, submitted,
                disposed, Optional.empty(), new Location("32", "Jawa Barat", "Kota Bandung", "Coblong", "Dago", "", Optional.empty()),
                Optional.of(agency), Optional.empty(), Optional.empty(), List.of(), events);
    }

    /** The expected rows in ranked order, in {@link ReportColumns#NAMES} order. */
    static final List<List<Object>> EXPECTED = List.of(
            List.of("dinkes-bandung", "Dinas Kesehatan Kota Bandung", 3, 3, 3, 0, 2.0, 1, 1, 0, 0, 0, 0, 100.0, 1, "C"),
            List.of("rsud-bandung", "RSUD Kota Bandung", 7, 6, 4, 2, 5.0, 1, 1, 1, 1, 1, 1, 80.0, 2, "C"),
            List.of("pemkot-bandung", "Pemerintah Kota Bandung", 7, 5, 3, 2, 1.5, 2, 2, 2, 0, 0, 0, 76.0, 3, "C"));

    private static int report(String format, Path out) {
        System.setIn(new ByteArrayInputStream((LocalAccount.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        StringWriter err = new StringWriter();
        int exit = Launcher.run(new String[] {"report", "--data", data.toString(), "--from", "2026-04-01", "--to", "2026-04-30",
                "--by", "institution", "--format", format, "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        return exit;
    }

    @Test
    void theJsonHasTheHandCountedIndicators() throws Exception {
        Path file = data.resolve("april.json");
        report("json", file);
        JsonNode root = Json.lenient().readTree(file.toFile());
        assertThat(root.get("from").asText()).isEqualTo("2026-04-01");
        assertThat(root.get("to").asText()).isEqualTo("2026-04-30");
        assertThat(root.get("by").asText()).isEqualTo("institution");
        assertThat(root.get("calendar").asText()).isNotBlank();
        assertThat(root.get("groups")).hasSize(3);
        for (int i = 0; i < EXPECTED.size(); i++) {
            JsonNode g = root.get("groups").get(i);
            List<Object> actual = new ArrayList<>();
            for (String name : ReportColumns.NAMES) {
                JsonNode v = g.get(name);
                actual.add(v.isTextual() ? v.asText() : v.isInt() ? (Object) v.asInt() : (Object) v.asDouble());
            }
            assertThat(actual).as(g.get("id").asText()).isEqualTo(EXPECTED.get(i));
        }
    }

    /**
     * The desk's own table ("Peringkat instansi"): the view model's rows over the same encrypted cache,
     * through the desk's port, for "Bulan lalu" seen from 15 May — the columns the table shows.
     */
    @Test
    void theDesksRankingTableShowsTheSameNumbers() {
        System.setIn(new ByteArrayInputStream((LocalAccount.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        Clock may = Clock.fixed(wib("05-15T10:00"), WIB);
        DeadlineCalculator calculator = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
        try (AccountCache cache = AccountCache.open(AccountChoice.choose(data, null, Messages.indonesian()), Messages.indonesian(),
                        DeadlineIndex.none());
                DashboardQueries queries = DashboardQueries.open(cache.store())) {
            RankingViewModel vm = new RankingViewModel(Messages.indonesian(),
                    RankingData.of(cache.store(), queries, calculator, may), ReportGrouping.INSTITUTION, Runnable::run, Runnable::run,
                    may, WIB);
            vm.periodProperty().set(RankingPeriod.LAST_MONTH);
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.periodTextProperty().get()).contains("2026-04-01", "2026-04-30");
            List<List<Object>> shown = vm.rows().stream().map(r -> List.<Object>of(r.id(), r.name(), r.received(), r.followUpDue(),
                    r.followUpOnTime(), r.followUpLate(), r.completed(), r.completedOnTime(), r.overdueOpen(), r.score(), r.rank(),
                    r.volumeGroup())).toList();
            // EXPECTED without the columns the desk's table leaves out (median, not authorized, redirected, reopened).
            List<List<Object>> expected = EXPECTED.stream().map(e -> List.of(e.get(0), e.get(1), e.get(2), e.get(3), e.get(4),
                    e.get(5), e.get(7), e.get(8), e.get(9), e.get(13), e.get(14), e.get(15))).toList();
            assertThat(shown).isEqualTo(expected);
            assertThat(vm.rows()).extracting(RankingViewModel.Row::onTimePercent).containsExactly(100.0, 66.7, 60.0);
        }
    }

    /**
     * The dashboard's trends are the report's months (the periodic report's charts), and its weeks add up
     * to them; April's received is the hand count (17, the complaint at verification and the one
     * disposed in May left out).
     */
    @Test
    void theDashboardsTrendsAreTheReportsMonthsAndTheWeeksAddUpToThem() {
        System.setIn(new ByteArrayInputStream((LocalAccount.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        Clock may = Clock.fixed(wib("05-15T10:00"), WIB);
        DeadlineCalculator calculator = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
        try (AccountCache cache = AccountCache.open(AccountChoice.choose(data, null, Messages.indonesian()), Messages.indonesian(),
                        DeadlineIndex.none());
                ReportFacts facts = ReportFacts.open(cache.store())) {
            TrendData trends = TrendData.of(cache.store(), calculator, may);
            TrendViewModel vm = new TrendViewModel(Messages.indonesian(), trends, Runnable::run, Runnable::run, may, WIB);
            vm.refresh();
            assertThat(vm.errorProperty().get()).isEmpty();
            IndicatorReport report = facts.report(vm.period(), ReportGrouping.INSTITUTION, calculator, may.instant());
            assertThat(vm.months()).hasSize(12);
            assertThat(vm.months()).extracting(p -> List.of(p.received(), p.answered(), p.completed()))
                    .containsExactlyElementsOf(report.months().stream()
                            .map(m -> List.of(m.received(), m.answered(), m.completed())).toList());
            assertThat(vm.months()).extracting(TrendViewModel.Point::onTimePercent).containsExactlyElementsOf(report.months()
                    .stream().map(m -> m.followUpOnTimePercent().isPresent() ? m.followUpOnTimePercent().getAsDouble() : null).toList());
            MonthTrend april = report.months().stream().filter(m -> m.month().getMonthValue() == 4).findFirst().orElseThrow();
            assertThat(april.received()).isEqualTo(17);
            assertThat(vm.months().get(10).received()).isEqualTo(17);

            TrendData.Trends both = trends.trends(vm.period());
            for (ToIntFunction<TrendPoint> column : List.<ToIntFunction<TrendPoint>>of(TrendPoint::received, TrendPoint::answered,
                    TrendPoint::completed, TrendPoint::followUpDue, TrendPoint::followUpOnTime)) {
                assertThat(both.weeks().stream().mapToInt(column).sum()).isEqualTo(both.months().stream().mapToInt(column).sum())
                        .isPositive();
            }
            vm.setStep(TrendStep.WEEK);
            assertThat(vm.points()).hasSize(12);
            assertThat(vm.points().getFirst().label()).isEqualTo("Mg 23 Feb");
        }
    }

    @Test
    void theCsvHasTheSameColumnsAndNumbers() throws Exception {
        Path file = data.resolve("april.csv");
        report("csv", file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            assertThat(csv.getHeaderNames()).isEqualTo(ReportColumns.NAMES);
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).hasSize(3);
            for (int i = 0; i < EXPECTED.size(); i++) {
                List<String> expected = EXPECTED.get(i).stream().map(Object::toString).toList();
                assertThat(rows.get(i).toList()).isEqualTo(expected);
            }
        }
    }

    @Test
    void theXlsxHasTheJsonsNumbersAsNumbersAndItsPeriodAsDates() throws Exception {
        Path json = data.resolve("april-for-xlsx.json");
        report("json", json);
        JsonNode root = Json.lenient().readTree(json.toFile());
        Path file = data.resolve("april.xlsx");
        report("xlsx", file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + root.get("groups").size());
            assertThat(rows.get(0).stream().map(Cell::getText).toList()).isEqualTo(ReportColumns.NAMES);
            for (int i = 0; i < root.get("groups").size(); i++) {
                JsonNode g = root.get("groups").get(i);
                Row row = rows.get(i + 1);
                for (int c = 0; c < ReportColumns.NAMES.size(); c++) {
                    JsonNode expected = g.get(ReportColumns.NAMES.get(c));
                    Cell cell = row.getCell(c);
                    if (expected.isNumber()) {
                        assertThat(cell.getType()).as(ReportColumns.NAMES.get(c)).isEqualTo(CellType.NUMBER);
                        assertThat(cell.asNumber().doubleValue()).as(ReportColumns.NAMES.get(c)).isEqualTo(expected.asDouble());
                    } else {
                        assertThat(cell.getType()).as(ReportColumns.NAMES.get(c)).isEqualTo(CellType.STRING);
                        assertThat(cell.asString()).isEqualTo(expected.asText());
                    }
                }
                assertThat(row.getCell(ReportColumns.NAMES.indexOf("rank")).asNumber().intValue()).isEqualTo(i + 1);
            }
            List<Row> period = workbook.getSheet(1).orElseThrow().read();
            assertThat(period.get(0).getCell(0).asString()).isEqualTo("from");
            Cell from = period.get(0).getCell(1);
            Cell to = period.get(1).getCell(1);
            assertThat(from.getType()).isEqualTo(CellType.NUMBER);
            assertThat(from.getDataFormatString()).contains("yy");
            assertThat(from.asDate().toLocalDate()).isEqualTo(LocalDate.parse(root.get("from").asText()));
            assertThat(to.asDate().toLocalDate()).isEqualTo(LocalDate.parse(root.get("to").asText()));
            assertThat(period.get(2).getCell(1).asString()).isEqualTo("institution");
            assertThat(period.get(3).getCell(1).asString()).isEqualTo(root.get("calendar").asText());
        }
    }

    @Test
    void aBatchPrintedWithTheRankingOpensWithTheRankingTablesNumbers() throws Exception {
        Path file = data.resolve("batch-with-ranking.pdf");
        System.setIn(new ByteArrayInputStream((LocalAccount.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        StringWriter err = new StringWriter();
        int exit = Launcher.run(new String[] {"print", "--data", data.toString(), "--case", "2000004", "2000014", "--ranking-from",
                "2026-04-01", "--ranking-to", "2026-04-30", "--out", file.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String page1 = first.getText(pdf).replaceAll("[ \\t]+", " ");
            assertThat(page1).contains("Peringkat kepatuhan per Instansi", "1 April 2026", "30 April 2026");
            assertThat(page1).contains("1 C Dinas Kesehatan Kota Bandung 3 3 3 0 2,0 1 1 0 0 0 0 100,0");
            assertThat(page1).contains("2 C RSUD Kota Bandung 7 6 4 2 5,0 1 1 1 1 1 1 80,0");
            assertThat(page1).contains("3 C Pemerintah Kota Bandung 7 5 3 2 1,5 2 2 2 0 0 0 76,0");
            // Then the batch as before: its summary, then both case files.
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).containsSubsequence("Peringkat kepatuhan", "2000004", "2000014");
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(pdf.getNumberOfPages());
            assertThat(second.getText(pdf)).doesNotContain("Peringkat kepatuhan per Instansi");
        }
    }

    @Test
    void thePdfPrintsTheSameNumbers() throws Exception {
        Path file = data.resolve("april.pdf");
        report("pdf", file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[ \\t]+", " ");
            assertThat(text).contains("Laporan berkala pengelolaan pengaduan", "Laporan bulanan");
            // The indicators table, one line per row: rank, group, name, then the counts (Indonesian decimals).
            assertThat(text).contains("1 C Dinas Kesehatan Kota Bandung 3 3 3 0 2,0 1 1 0 0 0 0 100,0");
            assertThat(text).contains("2 C RSUD Kota Bandung 7 6 4 2 5,0 1 1 1 1 1 1 80,0");
            assertThat(text).contains("3 C Pemerintah Kota Bandung 7 5 3 2 1,5 2 2 2 0 0 0 76,0");
            // The longest overdue: A8 since 9 March (32 working days), A4 (13), B6 (3).
            assertThat(text).containsSubsequence("2000008", "9 Maret 2026", "32", "2000004", "13 April 2026", "13",
                    "2000014", "27 April 2026", "3");
            // The totals: received 17, on time 10 of 14 due, open overdue 3.
            assertThat(text).contains("Diterima 17", "TL tepat waktu 10 (71,4%)", "Terbuka lewat batas 3");
        }
    }
}
