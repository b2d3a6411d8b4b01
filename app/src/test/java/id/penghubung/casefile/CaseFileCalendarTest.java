package id.penghubung.casefile;

import static id.penghubung.model.ModelFixtures.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.calendar.CalendarEdition;
import id.penghubung.model.calendar.CalendarOrigin;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: every case file's header gives the calendar version its working days were counted with
 * ("Kalender SKB … · diperbarui …"), and the zone the deadlines are counted in is stated once.
 */
class CaseFileCalendarTest {
    private static final DeadlineCalculator STANDARD = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
    private static final CalendarEdition IMPORTED = new CalendarEdition("SKB 3 Menteri No. 9/2026 (tahun 2027)",
            Optional.of(LocalDate.of(2026, 11, 12)), Map.of(), CalendarOrigin.IMPORTED);

    private static CaseFileRequest request(Complaint c, Instant now) {
        return new CaseFileRequest(c, CaseFileDeadlines.from(STANDARD.evaluate(c, now), c, STANDARD), sha -> Optional.empty(), false);
    }

    private static CaseFileOptions options(ZoneId zone, CalendarEdition edition) {
        return new CaseFileOptions("Budi Santoso", Instant.parse("2026-04-01T03:00:00Z"), zone, Locale.of("id"), edition);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aSingleCaseFileHeaderGivesTheCalendarVersionAndStatesTheCountingZoneOnce() throws IOException {
        Complaint c = complaint("2026-03-02T08:00").disposed("2026-03-03T10:00").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseFileWriter().writeOne(request(c, ModelFixtures.wib("2026-03-04T10:00")),
                options(ZoneId.of("Asia/Jakarta"), WorkingCalendar.bundled().edition()), out);
        Path dir = Files.createDirectories(Path.of("target", "casefile-rules"));
        Files.write(dir.resolve("calendar-version.pdf"), out.toByteArray());
        String text = text(out.toByteArray());
        assertThat(text).contains("Kalender SKB 3 Menteri No. 1497/2025 (tahun 2026); 2027 perkiraan \u00b7 diperbarui 30 November 2026");
        assertThat(count(text, "Tenggat dihitung dalam WIB")).isEqualTo(1);
    }

    @Test
    void everyCaseFileOfABatchGivesTheCalendarInForceAndItsCountingZone(@TempDir Path tmp) throws IOException {
        Complaint a = complaint("2026-03-02T08:00").disposed("2026-03-03T10:00").build();
        Complaint b = complaint("2026-03-05T08:00").disposed("2026-03-06T10:00").build();
        Instant now = ModelFixtures.wib("2026-03-09T10:00");
        Path pdf = tmp.resolve("batch.pdf");
        new CaseFileWriter().writeBatch(List.of(request(a, now), request(b, now)).iterator(), 2,
                options(ZoneId.of("Asia/Makassar"), IMPORTED), pdf, (done, total) -> { }, () -> false);
        String text = text(Files.readAllBytes(pdf));
        assertThat(count(text, "Kalender SKB 3 Menteri No. 9/2026 (tahun 2027) \u00b7 diperbarui 12 November 2026")).isEqualTo(2);
        assertThat(count(text, "Tenggat dihitung dalam WITA")).isEqualTo(2);
    }
}
