package id.penghubung.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case file as an examiner reads it (issue 15): what a printed batch and a single file look like. */
class CaseFileExaminerTest {
    @TempDir
    Path dir;

    private final CaseFileWriter writer = new CaseFileWriter();

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    private PDDocument batch(List<Complaint> complaints, CaseFileOptions options) throws IOException {
        Path out = dir.resolve("batch-" + complaints.size() + ".pdf");
        List<CaseFileRequest> requests = complaints.stream()
                .map(c -> new CaseFileRequest(c, CaseFiles.deadlines(), sha -> Optional.empty(), false)).toList();
        writer.writeBatch(requests.iterator(), requests.size(), options, out, (d, t) -> { }, () -> false);
        return Loader.loadPDF(out.toFile());
    }

    @Test
    void oneComplaintPrintsAsOneCaseFileWithoutAContentsPage() throws IOException {
        try (PDDocument doc = batch(List.of(CaseFiles.simple("1234567")), CaseFiles.options())) {
            String all = text(doc);
            assertThat(all).doesNotContain("Kumpulan berkas", "Daftar isi", "Ringkasan dan daftar isi");
            assertThat(pageText(doc, 1)).contains("BERKAS PENGADUAN SP4N-LAPOR!", "#1234567", "Halaman 1 dari " + doc.getNumberOfPages());
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Berkas pengaduan #1234567");
        }
    }

    @Test
    void batchOpensWithASummaryNumbersPagesBothWaysAndStartsEachCaseOnAnOddPage() throws IOException {
        String longBody = "Jalan berlubang di depan sekolah, air menggenang setiap hujan. ".repeat(220);
        List<Complaint> complaints = List.of(
                CaseFiles.simple("8100001"),
                CaseFiles.complaint("8100002", false, false, longBody, List.of(), List.of()),
                CaseFiles.simple("8100003"));
        try (PDDocument doc = batch(complaints, CaseFiles.options())) {
            int total = doc.getNumberOfPages();
            String summary = pageText(doc, 1).replaceAll("\\s+", " ");
            assertThat(summary).contains("Ringkasan", "#8100001", "#8100002", "#8100003", "Pemerintah Provinsi DKI Jakarta",
                    "Disposisi", "Tindak lanjut", "Penyelesaian", "terpenuhi", "terlambat 1 hari kerja", "berjalan");
            assertThat(summary.indexOf("Ringkasan")).isLessThan(summary.indexOf("#8100001"));
            assertThat(pageText(doc, 2)).contains("Daftar isi").doesNotContain("Berkas 1/3");
            assertThat(summary).contains("hlm. 1 dari " + total);

            // Each page of a case says which case of how many, its page within the case, and within the whole.
            Pattern footer = Pattern.compile("Berkas (\\d)/3 \u00b7 Halaman (\\d+) dari (\\d+) \u00b7 hlm\\. (\\d+) dari (\\d+)");
            List<Integer> firstPages = new ArrayList<>();
            for (int p = 1; p <= total; p++) {
                Matcher m = footer.matcher(pageText(doc, p));
                if (m.find()) {
                    assertThat(Integer.parseInt(m.group(4))).as("page %d", p).isEqualTo(p);
                    assertThat(Integer.parseInt(m.group(5))).isEqualTo(total);
                    if (m.group(2).equals("1")) {
                        firstPages.add(p);
                    }
                } else {
                    assertThat(pageText(doc, p)).as("page %d", p).contains("hlm. " + p + " dari " + total);
                }
            }
            assertThat(firstPages).hasSize(3).allSatisfy(p -> assertThat(p % 2).as("case starts on page %d", p).isEqualTo(1));
            assertThat(text(doc)).contains("Halaman ini sengaja dikosongkan.");
        }
    }

    @Test
    void theFooterNeverCutsThePrintTimeBesideTheSecretMark() throws IOException {
        CaseFileOptions options = new CaseFileOptions("Dra. Ratna Sari Dewi Kusumawardhani, M.Si. (Pemerintah Kota Bandung)",
                Instant.parse("2026-11-30T14:05:00Z"), ZoneId.of("Asia/Jakarta"), Locale.of("id"));
        Complaint secret = CaseFiles.complaint("8200001", false, true, "Isi.", List.of(), List.of());
        String printed = "Dicetak oleh Dra. Ratna Sari Dewi Kusumawardhani, M.Si. (Pemerintah Kota Bandung), 30 November 2026, 21.05 WIB";
        try (PDDocument one = batch(List.of(secret), options); PDDocument two = batch(List.of(secret, CaseFiles.simple("8200002")), options)) {
            for (PDDocument doc : List.of(one, two)) {
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    assertThat(pageText(doc, p)).as("page %d", p).contains(printed);
                }
            }
        }
    }

    @Test
    void anAttachmentSharedByTheReportAndAnEventAppearsOnce() throws IOException {
        byte[] bytes = "surat tugas".getBytes(StandardCharsets.UTF_8);
        Attachment shared = CaseFiles.attachment("surat-tugas.pdf", "application/pdf", bytes);
        Complaint c = CaseFiles.complaint("8300001", false, false, "Isi.", List.of(shared),
                List.of(CaseFiles.event("e8", EventType.REPORTER_REPLIED, 60 * 80, ActorKind.REPORTER, CaseFiles.REPORTER_NAME,
                        "Saya lampirkan lagi.", shared)));
        try (PDDocument doc = batch(List.of(c), CaseFiles.options())) {
            String all = text(doc);
            assertThat(all.split("SHA-256: " + shared.sha256(), -1)).hasSize(2);
        }
    }

    @Test
    void aClockThatDoesNotApplySaysSoAndTheActorIsNamedOnce() throws IOException {
        List<CaseFileDeadline> deadlines = List.of(
                new CaseFileDeadline(CaseFileDeadline.KIND_AUTO_CLOSE, Optional.empty(), CaseFileDeadline.STATE_NOT_APPLICABLE, 0));
        Complaint c = CaseFiles.complaint("8400001", false, false, "Isi.", List.of(),
                List.of(CaseFiles.event("e9", EventType.ARCHIVED, 60 * 90, ActorKind.ADMIN, "Admin LAPOR!", "Diarsipkan.")));
        Path out = dir.resolve("one.pdf");
        writer.writeOne(new CaseFileRequest(c, deadlines, sha -> Optional.empty(), false), CaseFiles.options(), out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String all = text(doc);
            assertThat(all).doesNotContain("Batas \u2014", "Admin LAPOR!: Admin LAPOR!")
                    .contains("Tidak ada batas waktu: jam ini belum berjalan atau tidak berlaku untuk laporan ini.")
                    .contains("Oleh Admin LAPOR!\n")
                    .contains("Oleh Pejabat penghubung: Budi Santoso");
        }
    }
}
