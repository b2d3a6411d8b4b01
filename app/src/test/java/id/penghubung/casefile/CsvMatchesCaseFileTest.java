package id.penghubung.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.model.sla.DeadlineSummary;
import id.penghubung.store.InboxRow;
import id.penghubung.ui.inbox.CsvExport;
import id.penghubung.ui.inbox.PagedSource;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export, screen and print agree: the desk's CSV gives each complaint the due DAY the printed case file
 * names (the model's due instant is the exclusive midnight after it), read back from the real PDF text.
 */
class CsvMatchesCaseFileTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Exclusive due instants: midnight Jakarta after a Friday, a Monday, a month's last day. */
    private static final List<Instant> DUE = List.of(Instant.parse("2026-10-30T17:00:00Z"),
            Instant.parse("2026-11-02T17:00:00Z"), Instant.parse("2026-11-30T17:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void theCsvDueDateIsTheDayThePrintedCaseFileNames() throws Exception {
        Complaint base = CaseFiles.simple("3100042");
        List<InboxRow> rows = new ArrayList<>();
        List<LocalDate> printed = new ArrayList<>();
        for (Instant due : DUE) {
            Deadline d = new Deadline(DeadlineKind.FOLLOW_UP, Optional.of(CaseFiles.T0), Optional.of(due),
                    DeadlineState.RUNNING, Optional.empty(), 2);
            printed.add(printedDueDay(base, d));
            rows.add(new InboxRow(base.id(), base.trackingId(), base.title(), base.category().name(), Optional.empty(),
                    base.channel(), base.submittedAt(), Optional.of(due), base.status(), false, false, false, 0, false,
                    "Pemprov", "Jakarta Pusat"));
        }
        Path target = dir.resolve("kasus.csv");
        CsvExport.write(PagedSource.of(rows), target, Messages.indonesian(), JAKARTA);

        List<LocalDate> exported = new ArrayList<>();
        for (CSVRecord r : records(target)) {
            exported.add(LocalDate.parse(r.get(Messages.indonesian().get("ui.column.deadline"))));
        }
        assertThat(exported).containsExactlyElementsOf(printed)
                .containsExactly(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30));
    }

    @Test
    void theDeskCsvIsForAnIndonesianSpreadsheetWithTheClockAndItsLatenessInWords() throws Exception {
        Complaint c = CaseFiles.simple("3100045");
        InboxRow late = new InboxRow(c.id(), c.trackingId(), c.title(), c.category().name(), Optional.empty(),
                c.channel(), c.submittedAt(), Optional.of(DUE.get(0)), c.status(), true, false, false, 0, false,
                "Pemprov", "Jakarta Pusat");
        Path target = dir.resolve("kasus.csv");
        CsvExport.write(PagedSource.of(List.of(late)), target, Messages.indonesian(), JAKARTA, Optional.empty(),
                new CsvExport.Deadlines(r -> Optional.of(DeadlineKind.FOLLOW_UP),
                        r -> Messages.indonesian().get("deadline.late", 12)));

        assertThat(Files.readAllLines(target, StandardCharsets.UTF_8).get(0)).startsWith("\uFEFF").contains(";");
        CSVRecord r = records(target).get(0);
        assertThat(r.get("Jenis batas waktu")).isEqualTo("Tindak lanjut");
        assertThat(r.get("Keterlambatan")).isEqualTo("Terlambat 12 hari kerja");
        assertThat(r.get("Batas waktu")).isEqualTo("2026-10-30");
        assertThat(r.get(Messages.indonesian().get("ui.column.submitted"))).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(r.get("Anonim")).isEqualTo("Ya");
    }

    private static LocalDate printedDueDay(Complaint c, Deadline d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseFileWriter().writeOne(CaseFileRequest.withoutFiles(c, CaseFileDeadlines.from(
                new DeadlineSummary(List.of(d)))), CaseFiles.options(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            Matcher m = Pattern.compile("Batas (\\d{1,2} \\p{L}+ \\d{4}),").matcher(text);
            assertThat(m.find()).as("the case file prints the due date: %s", text).isTrue();
            return LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("id")));
        }
    }

    static List<CSVRecord> records(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (Reader in = new StringReader(text.substring(1));
                CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().build())) {
            return parser.getRecords();
        }
    }
}
