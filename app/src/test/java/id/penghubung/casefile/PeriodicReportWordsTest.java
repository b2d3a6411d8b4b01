package id.penghubung.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.GroupIndicators;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.VolumeGroup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What a head of agency reads in the periodic report, word for word: the period in every page's header
 * and every due date in the overdue table are whole (they were cut to "31 Desember…" and "2 Novembe…"),
 * the rows are named after the grouping ("Instansi"), not "Baris" (a table row), and no column heading is broken
 * inside a word ("Grou p", "Reope ned" in English), in both languages.
 */
class PeriodicReportWordsTest {

    @Test
    void everyPageHeaderCarriesTheWholePeriod() throws IOException {
        String text = text(Locale.forLanguageTag("id"));
        int pages = text.split("\f", -1).length - 1;
        assertThat(pages).isGreaterThan(1);
        assertThat(count(text, "1 Oktober 2026 – 31 Desember 2026")).as("the header of each of %d pages, and the title line", pages)
                .isGreaterThanOrEqualTo(pages + 1);
        assertThat(text).doesNotContain("Desember…");
    }

    @Test
    void theOverdueTableShowsEachDueDateWhole() throws IOException {
        assertThat(count(text(Locale.forLanguageTag("id")), "2 November 2026")).isEqualTo(10);
        assertThat(count(text(Locale.ENGLISH), "2 November 2026")).isEqualTo(10);
    }

    @Test
    void theRowsAreNamedAfterTheGrouping() throws IOException {
        Messages id = Messages.indonesian();
        String indonesian = text(id.locale());
        assertThat(indonesian).contains("Indikator per instansi").doesNotContain("Indikator per baris").doesNotContain("Jumlah baris");
        assertThat(indonesian).as("the overdue table's header").contains("\nNomor Instansi Judul ");
        String english = text(Locale.ENGLISH);
        assertThat(english).contains("Indicators per institution").doesNotContain("Indicators per row")
                .contains("\nNumber Institution Title ");
    }

    @Test
    void noColumnHeadingBreaksInsideAWord() throws IOException {
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            Messages msg = Messages.of(locale);
            String text = text(locale);
            // Each table's header: from the table's heading to its first row.
            String grouping = msg.get("report.pdf.grouping.INSTITUTION").toLowerCase(locale);
            String indicators = between(text, msg.get("report.pdf.indicators", grouping), "Instansi 001");
            String overdue = between(text, msg.get("report.pdf.overdue", ReportBuilder.LONGEST_OVERDUE), "07000001");
            for (String key : List.of("report.th.volumeGroup", "report.th.followUpDue", "report.th.followUpOnTime", "report.th.followUpLate",
                    "report.th.medianFollowUpWorkingDays", "report.th.completedOnTime", "report.th.overdueOpen", "report.th.notAuthorized",
                    "report.th.redirected", "report.th.reopened", "report.th.score")) {
                assertWhole(indicators, msg.get(key), locale);
            }
            assertWhole(overdue, msg.get("report.pdf.overdue.late"), locale);
            assertWhole(overdue, msg.get("report.pdf.overdue.due"), locale);
        }
    }

    private static void assertWhole(String header, String heading, Locale locale) {
        Set<String> words = new HashSet<>(List.of(header.split("\\s+")));
        for (String word : heading.split(" ")) {
            assertThat(words).as("%s: \"%s\" of \"%s\" in%n%s", locale, word, heading, header).contains(word);
        }
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        int end = text.indexOf(to, start);
        assertThat(end).as(to).isGreaterThan(start);
        return text.substring(start + from.length(), end);
    }

    @Test
    void aSharedRankAndAMissingScoreAreExplainedInFull() throws IOException {
        // Two rows of the same volume share a score; a row with nothing due has none.
        List<GroupIndicators> groups = List.of(PeriodicReportHeadingsTest.row("a", "Dinas A", 60), PeriodicReportHeadingsTest.row("b", "Dinas B", 60),
                PeriodicReportHeadingsTest.row("c", "Dinas C", 70), new GroupIndicators("d", "Dinas D", 1, 0, 0, 0, OptionalDouble.empty(),
                        0, 0, 0, 0, 0, 0, 0, OptionalDouble.empty(), 0, VolumeGroup.C, Optional.empty()));
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            Messages msg = Messages.of(locale);
            IndicatorReport report = PeriodicReportHeadingsTest.report(groups);
            String ranking = text(report, locale).replaceAll("\\s+", " ");
            GroupIndicators tied = report.groups().stream().filter(g -> g.id().equals("a")).findFirst().orElseThrow();
            GroupIndicators none = report.groups().stream().filter(g -> g.id().equals("d")).findFirst().orElseThrow();
            for (GroupIndicators g : List.of(tied, none)) {
                String note = msg.get(g.tieNote().orElseThrow().key(), g.tieNote().orElseThrow().argsArray());
                assertThat(ranking).as(locale.toString()).contains(note.replaceAll("\\s+", " "));
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String text(Locale locale) throws IOException {
        return text(PeriodicReportHeadingsTest.report(12), locale);
    }

    private static String text(IndicatorReport report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PeriodicReportWriter(locale, "Dinas Uji", Instant.parse("2027-01-05T03:00:00Z")).write(report, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\f");
            return stripper.getText(doc);
        }
    }
}
