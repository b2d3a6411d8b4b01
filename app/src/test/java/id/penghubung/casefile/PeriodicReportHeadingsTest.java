package id.penghubung.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.ComplianceScore;
import id.penghubung.model.report.GroupIndicators;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.MonthTrend;
import id.penghubung.model.report.OverdueCase;
import id.penghubung.model.report.Ranking;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.report.VolumeGroup;
import id.penghubung.model.sla.DeadlineKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The periodic report never leaves a section's heading alone at the foot of a page with its table on
 * the next (issue 18: "10 pengaduan terbuka paling lama lewat batas" orphaned at the bottom of page 2).
 * The number of rows shifts where the tables start; for every count, the page that holds a table's
 * heading also holds the table's first row (read back per page with PDFBox).
 */
class PeriodicReportHeadingsTest {
    private static final ReportPeriod QUARTER = new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    private static final Messages MSG = Messages.indonesian();

    @Test
    void aTablesHeadingSharesItsPageWithTheTablesFirstRow() throws IOException {
        String overdueHeading = MSG.get("report.pdf.overdue", ReportBuilder.LONGEST_OVERDUE);
        String indicatorsHeading = MSG.get("report.pdf.indicators", "instansi");
        Set<Integer> overduePages = new HashSet<>();
        for (int rows = 1; rows <= 70; rows++) {
            IndicatorReport report = report(rows);
            List<String> pages = pages(report);
            int heading = pageOf(pages, overdueHeading);
            overduePages.add(heading);
            assertThat(pages.get(heading)).as("%d rows: the overdue heading's page (%d)", rows, heading + 1)
                    .contains("07000001");
            int indicators = pageOf(pages, indicatorsHeading);
            assertThat(pages.get(indicators)).as("%d rows: the indicators heading's page", rows)
                    .contains(report.groups().getFirst().name());
        }
        assertThat(overduePages).as("the heading falls on several pages over the counts").hasSizeGreaterThan(2);
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("not in the PDF: " + text);
    }

    private static List<String> pages(IndicatorReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PeriodicReportWriter(MSG.locale(), "Dinas Uji", Instant.parse("2027-01-05T03:00:00Z")).write(report, out);
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                pages.add(text.getText(doc));
            }
        }
        return pages;
    }

    static IndicatorReport report(int rows) {
        List<GroupIndicators> groups = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            groups.add(row(String.format("inst-%03d", i), String.format("Instansi %03d", i), 40 + i));
        }
        return report(groups);
    }

    /** A quarter's report of these rows (ranked here), with three months and ten overdue complaints. */
    static IndicatorReport report(List<GroupIndicators> groups) {
        List<MonthTrend> months = List.of(new MonthTrend(YearMonth.of(2026, 10), 50, 40, 30, 45, 35),
                new MonthTrend(YearMonth.of(2026, 11), 60, 50, 40, 55, 40), new MonthTrend(YearMonth.of(2026, 12), 70, 60, 50, 65, 50));
        List<OverdueCase> overdue = new ArrayList<>();
        for (int i = 1; i <= ReportBuilder.LONGEST_OVERDUE; i++) {
            overdue.add(new OverdueCase(String.format("%08d", 7_000_000 + i), "Jalan rusak " + i, "Instansi 001", DeadlineKind.COMPLETION,
                    LocalDate.of(2026, 11, 2), 40 - i));
        }
        return new IndicatorReport(QUARTER, ReportGrouping.INSTITUTION, "2026.1", Instant.parse("2027-01-01T00:00:00Z"),
                Ranking.rank(groups), row("", "", 100), months, overdue);
    }

    static GroupIndicators row(String id, String name, int received) {
        int due = received - 5;
        int onTime = due - 7;
        return new GroupIndicators(id, name, received, due, onTime, due - onTime, OptionalDouble.of(3.0), received - 10,
                received - 15, received - 8, 3, 1, 1, 0, ComplianceScore.of(onTime, due, received - 15, received - 8), 0,
                VolumeGroup.of(received, QUARTER), Optional.empty());
    }
}
