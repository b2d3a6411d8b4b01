package id.penghubung.casefile;

import static id.penghubung.model.ModelFixtures.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Complaint;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.EventType;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, "the case file states its rules": each deadline names its rule, its tier, whether it was
 * paused and for how long and whether it rests on estimated days; the chronology shows holds, reopens
 * and who closed the complaint; the reopen count is printed.
 */
class CaseFileStatesItsRulesTest {
    private static final DeadlineCalculator STANDARD = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());

    private static String print(Complaint c, Instant now, String keepAs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseFileRequest request = new CaseFileRequest(c, CaseFileDeadlines.from(STANDARD.evaluate(c, now), c, STANDARD),
                sha -> Optional.empty(), false);
        new CaseFileWriter().writeOne(request, CaseFiles.options(), out);
        // Kept under target/ to be rendered (pdftoppm) and looked at.
        Path dir = Files.createDirectories(Path.of("target", "casefile-rules"));
        Files.write(dir.resolve(keepAs), out.toByteArray());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aCaseFileDueAcrossLebaran2027SaysTheDeadlineIsAnEstimate() throws IOException {
        Complaint c = complaint("2027-03-01T08:00").disposed("2027-03-05T10:00").build();
        String text = print(c, ModelFixtures.wib("2027-03-05T11:00"), "lebaran-2027.pdf");
        assertThat(text).contains("Aturan: 5 hari kerja sejak disposisi", "Perkiraan: cuti bersama 2027 belum ditetapkan",
                "Tingkat penyelesaian: Dengan pemeriksaan lapangan (bawaan; belum ditetapkan petugas)", "Tidak pernah dijeda");
        assertThat(text).containsPattern("Perkiraan: [^.]*Idul Fitri[^.]* 2027 belum ditetapkan SKB");
    }

    @Test
    void eachDeadlineNamesItsRuleTierAndPauseAndTheChronologyShowsHoldReopenAndWhoClosed() throws IOException {
        Complaint c = complaint("2026-03-11T08:00").disposed("2026-03-13T14:00")
                .eventWithText(EventType.TIER_SET, "2026-03-13T15:00", ActorKind.OFFICER, CompletionTier.NO_FIELD_INSPECTION.name())
                .eventWithText(EventType.HELD, "2026-03-16T09:00", ActorKind.ADMIN, "Menunggu bukti")
                .event(EventType.RESUMED, "2026-03-25T09:00")
                .event(EventType.RESPONDED, "2026-03-26T10:00")
                .event(EventType.COMPLETED, "2026-03-27T10:00")
                .event(EventType.REPORTER_REPLIED, "2026-03-30T10:00")
                .event(EventType.REOPENED, "2026-03-30T10:01", ActorKind.SYSTEM)
                .status(Status.PROSES).build();
        String text = print(c, ModelFixtures.wib("2026-03-31T10:00"), "tiered-held-reopened.pdf");
        assertThat(text).contains("Aturan: 14 hari kerja sejak disposisi", "Tingkat penyelesaian: Tanpa pemeriksaan lapangan",
                "Dijeda 2 hari selama ditunda admin LAPOR!", "Jawaban atas balasan pelapor setelah Selesai",
                "Aturan: 5 hari kerja sejak balasan pelapor yang membuka kembali laporan", "dibuka kembali 1 kali",
                "Ditunda oleh admin LAPOR!", "Penundaan dicabut", "Dibuka kembali oleh balasan pelapor",
                "Selesai ditanggapi (Ditutup oleh instansi)");
    }
}
