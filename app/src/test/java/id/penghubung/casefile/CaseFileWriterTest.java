package id.penghubung.casefile;

import static id.penghubung.casefile.CaseFiles.NOTE_TEXT;
import static id.penghubung.casefile.CaseFiles.REPORTER_NAME;
import static id.penghubung.casefile.CaseFiles.RESPONSE_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.ActorKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileWriterTest {
    @TempDir
    Path dir;

    private final CaseFileWriter writer = new CaseFileWriter();

    private byte[] writeOne(CaseFileRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeOne(request, CaseFiles.options(), out);
        return out.toByteArray();
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static void assertPageNumbers(PDDocument doc, int from, int to, String pattern) throws IOException {
        int total = to - from + 1;
        for (int p = from; p <= to; p++) {
            assertThat(pageText(doc, p)).as("page %d", p).contains(pattern.formatted(p - from + 1, total));
        }
    }

    @Test
    void caseFileHasEveryPartInOrderWithPageNumbersAndMetadata() throws IOException {
        byte[] pdf = writeOne(new CaseFileRequest(CaseFiles.simple("1234567"), CaseFiles.deadlines(), sha -> Optional.empty(), false));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(text).contains("#1234567", "BERKAS PENGADUAN", "Jalan berlubang di depan SDN 05 Menteng",
                    "Pengaduan", "Pekerjaan Umum", "Situs web lapor.go.id", "Proses",
                    "Pemerintah Provinsi DKI Jakarta", "Dinas Bina Marga", "2 Maret 2026", "28 Februari 2026",
                    "Gondangdia", "Menteng", "Kota Jakarta Pusat",
                    "Verifikasi dan disposisi (3 hari kerja)", "terpenuhi (2 hari kerja sebelum batas)", "terlambat 1 hari kerja",
                    "Jalan berlubang sejak Januari.", "Sudah dua motor jatuh.",
                    "Mohon foto lokasi yang lebih jelas.", RESPONSE_TEXT, "Dicetak oleh Budi Santoso, 1 April 2026");
            // Identity of a reporter who is neither anonymous nor confidential is printed; the NIK masked.
            assertThat(text).contains(REPORTER_NAME, "081234567890", "siti@example.id", "0001").doesNotContain("3171234567890001");
            assertThat(text).doesNotContain("RAHASIA", NOTE_TEXT, "!casefile");
            assertThat(text).containsSubsequence("#1234567", "Identitas pelapor", "Ringkasan batas waktu", "Isi laporan",
                    "Kronologi penanganan", "Laporan masuk", "Diverifikasi", "Didisposisikan ke instansi",
                    "Permintaan informasi kepada pelapor", "Balasan pelapor", "Tindak lanjut", "Tanggapan 1", RESPONSE_TEXT, "Lampiran");
            // Every event is dated and has its actor.
            assertThat(text).contains("2 Maret 2026, 09.15 WIB", "Oleh Admin LAPOR! Nasional", "Oleh Pejabat penghubung: Budi Santoso");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertPageNumbers(doc, 1, doc.getNumberOfPages(), "Halaman %d dari %d");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                assertThat(pageText(doc, p)).contains("Pemerintah Provinsi DKI Jakarta", "#1234567");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Berkas pengaduan #1234567");
            assertThat(info.getAuthor()).isEqualTo("Budi Santoso");
            assertThat(info.getSubject()).isNotBlank();
            assertThat(info.getCreator()).isEqualTo("Penghubung");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).extracting(PDOutlineItem::getTitle)
                    .contains("Sampul dan identitas perkara", "Isi laporan", "Kronologi penanganan", "Tanggapan", "Lampiran");
        }
    }

    @Test
    void englishCaseFileUsesTheEnglishBundle() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseFileOptions en = new CaseFileOptions("Budi Santoso", CaseFiles.options().printedAt(), CaseFiles.options().zone(), java.util.Locale.ENGLISH);
        writer.writeOne(new CaseFileRequest(CaseFiles.simple("7654321"), CaseFiles.deadlines(), sha -> Optional.empty(), false), en, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(text(doc)).contains("Chronology of handling", "In progress", "met (2 working days early)", "Printed by Budi Santoso")
                    .doesNotContain("!casefile", "!enum");
            assertPageNumbers(doc, 1, doc.getNumberOfPages(), "Page %d of %d");
        }
    }

    @Test
    void anonymousReporterAppearsNowhereNotEvenInMetadataOrRawBytes() throws IOException {
        Complaint c = CaseFiles.complaint("2000001", true, false, "Saya tidak mau nama saya diketahui.", List.of(), List.of());
        byte[] pdf = writeOne(new CaseFileRequest(c, CaseFiles.deadlines(), sha -> Optional.empty(), true));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(text).contains("Pelapor anonim", "Anonim", "Balasan pelapor", "Pelapor");
            assertThat(text).doesNotContain(REPORTER_NAME).doesNotContain("Siti");
            PDDocumentInformation info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                assertThat(String.valueOf(info.getCustomMetadataValue(key))).doesNotContain("Siti");
            }
            assertThat(doc.getDocumentCatalog().getMetadata()).isNull();
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("Siti");
        assertThat(new String(pdf, StandardCharsets.UTF_16BE)).doesNotContain("Siti");
    }

    @Test
    void confidentialCaseFileIsMarkedOnEveryPageAndOmitsTheIdentity() throws IOException {
        Complaint c = CaseFiles.complaint("3000001", false, true, "Isi rahasia. ".repeat(800), List.of(), List.of());
        byte[] pdf = writeOne(new CaseFileRequest(c, CaseFiles.deadlines(), sha -> Optional.empty(), false));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                assertThat(pageText(doc, p)).as("page %d", p).contains("RAHASIA");
            }
            assertThat(text(doc)).contains("Identitas pelapor tidak dicetak karena laporan ini rahasia.").doesNotContain(REPORTER_NAME);
            assertThat(doc.getDocumentInformation().getTitle()).doesNotContain("Siti");
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("Siti");
    }

    @Test
    void internalNotesOnlyWhenAskedFor() throws IOException {
        Complaint c = CaseFiles.simple("4000001");
        try (PDDocument without = Loader.loadPDF(writeOne(new CaseFileRequest(c, List.of(), sha -> Optional.empty(), false)));
                PDDocument with = Loader.loadPDF(writeOne(new CaseFileRequest(c, List.of(), sha -> Optional.empty(), true)))) {
            assertThat(text(without)).doesNotContain(NOTE_TEXT).doesNotContain("Catatan internal");
            assertThat(text(with)).contains("Catatan internal", NOTE_TEXT);
        }
    }

    @Test
    void qrCodeOnTheCoverDecodesToTheTrackingId() throws Exception {
        try (PDDocument doc = Loader.loadPDF(writeOne(CaseFileRequest.withoutFiles(CaseFiles.simple("1916449"), List.of())))) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo("#1916449");
        }
    }

    @Test
    void longTextWithUnbrokenWordsWrapsKeepsEveryCharacterAndStaysInsideTheMargins() throws IOException {
        StringBuilder body = new StringBuilder();
        String url = "https://lapor.go.id/laporan/detil/" + "sangat-panjang-sekali-".repeat(20) + "?q=" + "x".repeat(100);
        String digits = IntStream.range(0, 600).mapToObj(i -> Integer.toString(i % 10)).reduce("", String::concat);
        while (body.length() < 20_000) {
            body.append("Warga melaporkan kerusakan jalan yang membahayakan pengendara motor di malam hari. ");
            if (body.length() % 7 == 0) {
                body.append("\n\n");
            }
        }
        body.append(' ').append(url).append(' ').append(digits).append(" AKHIR.");
        Complaint c = CaseFiles.complaint("5000001", false, true, body.toString(), List.of(), List.of());
        try (PDDocument doc = Loader.loadPDF(writeOne(CaseFileRequest.withoutFiles(c, CaseFiles.deadlines())))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(6);
            String squeezed = text(doc).replaceAll("\\s+", "");
            assertThat(squeezed).contains(url, digits, "AKHIR.");
            assertPageNumbers(doc, 1, pages, "Halaman %d dari %d");
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < pages; p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 60, ImageType.RGB);
                assertInkInsideMargins(image, 60, p + 1);
            }
        }
    }

    /** Not blank, and no ink in the page's outer margin strips. */
    static void assertInkInsideMargins(BufferedImage image, int dpi, int page) {
        float scale = dpi / 72f;
        int mx = (int) Math.floor(PageFlow.MARGIN_X * scale) - 2;
        int my = (int) Math.floor(PageFlow.MARGIN_Y * scale) - 2;
        int w = image.getWidth();
        int h = image.getHeight();
        long inked = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                boolean ink = ((rgb >> 16) & 0xFF) < 235 || ((rgb >> 8) & 0xFF) < 235 || (rgb & 0xFF) < 235;
                if (!ink) {
                    continue;
                }
                inked++;
                boolean outside = x < mx || x >= w - mx || y < my || y >= h - my;
                assertThat(outside).as("ink at (%d,%d) of page %d outside the margins", x, y, page).isFalse();
            }
        }
        assertThat(inked).as("page %d is not blank", page).isGreaterThan(500);
    }

    @Test
    void charactersTheFontLacksAndControlCharactersDoNotBreakPrinting() throws IOException {
        String body = "Emoji \uD83D\uDE00 dan aksara \u4E2D\u6587 serta \u0000kontrol\u0007 \u200Bnol-lebar; Bahasa Indonesia: é ñ ü — “kutip” …";
        Complaint c = CaseFiles.complaint("6000001", false, false, body, List.of(), List.of());
        try (PDDocument doc = Loader.loadPDF(writeOne(CaseFileRequest.withoutFiles(c, List.of())))) {
            String text = text(doc);
            assertThat(text).contains("Emoji", "kontrol", "nol-lebar", "é ñ ü", "“kutip”").doesNotContain("\u0000", "\u0007");
            assertThat(text).contains("\uFFFD");
        }
    }

    @Test
    void imagesAreEmbeddedAndACorruptImageIsListedNotFatal() throws IOException {
        byte[] jpeg = CaseFiles.image(1600, 1200, "jpg", 1);
        byte[] png = CaseFiles.image(300, 200, "png", 2);
        byte[] corrupt = new byte[4000];
        new java.util.Random(7).nextBytes(corrupt);
        corrupt[0] = (byte) 0xFF;
        corrupt[1] = (byte) 0xD8;
        byte[] truncatedPng = java.util.Arrays.copyOf(png, 30);
        Attachment a1 = CaseFiles.attachment("foto-jalan.jpg", "image/jpeg", jpeg);
        Attachment a2 = CaseFiles.attachment("denah.png", "image/png", png);
        Attachment bad = CaseFiles.attachment("rusak.jpg", "image/jpeg", corrupt);
        Attachment bad2 = CaseFiles.attachment("terpotong.png", "image/png", truncatedPng);
        Attachment missing = CaseFiles.attachment("surat.pdf", "application/pdf", new byte[] {1, 2, 3});
        Map<String, byte[]> files = new HashMap<>();
        for (var e : List.of(Map.entry(a1, jpeg), Map.entry(a2, png), Map.entry(bad, corrupt), Map.entry(bad2, truncatedPng))) {
            files.put(e.getKey().sha256(), e.getValue());
        }
        Complaint c = CaseFiles.complaint("7000001", false, false, "Lihat foto.", List.of(a1, bad, missing),
                List.of(CaseFiles.event("e8", EventType.RESPONDED, 60 * 90, ActorKind.OFFICER, "Budi Santoso", "Denah perbaikan terlampir.", a2, bad2)));
        try (PDDocument doc = Loader.loadPDF(writeOne(new CaseFileRequest(c, List.of(), sha -> Optional.ofNullable(files.get(sha)), false)))) {
            String text = text(doc);
            assertThat(text).contains("foto-jalan.jpg", "rusak.jpg", "surat.pdf", "denah.png", "terpotong.png",
                    a1.sha256(), bad.sha256(), "Berkas tidak tersedia di cache lokal");
            assertThat(text.split("Gambar rusak atau formatnya tidak didukung", -1)).hasSize(3);
            assertThat(text).containsSubsequence("rusak.jpg", "Gambar rusak", "surat.pdf", "Berkas tidak tersedia", "denah.png", "terpotong.png", "Gambar rusak");
            assertThat(countImages(doc)).isEqualTo(2);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                assertInkInsideMargins(renderer.renderImageWithDPI(p, 60, ImageType.RGB), 60, p + 1);
            }
        }
    }

    private static int countImages(PDDocument doc) throws IOException {
        int images = 0;
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }

    private static Iterator<CaseFileRequest> requests(int count, AtomicInteger pulled) {
        return IntStream.range(0, count).mapToObj(i -> {
            pulled.incrementAndGet();
            Complaint c = CaseFiles.complaint(Integer.toString(8_000_000 + i), i % 3 == 0, i % 5 == 0,
                    "Laporan nomor " + i + ". " + "Isi laporan yang cukup panjang. ".repeat(20 * (i % 4 + 1)), List.of(), List.of());
            return CaseFileRequest.withoutFiles(c, CaseFiles.deadlines());
        }).iterator();
    }

    @Test
    void batchHasContentsOutlinePerComplaintAndPerCaseFilePageNumbers() throws IOException {
        Path out = dir.resolve("berkas.pdf");
        List<int[]> progress = new ArrayList<>();
        AtomicInteger pulled = new AtomicInteger();
        BatchResult result = writer.writeBatch(requests(30, pulled), 30, CaseFiles.options(), out,
                (done, total) -> progress.add(new int[] {done, total}), () -> false);
        assertThat(result.cancelled()).isFalse();
        assertThat(result.written()).isEqualTo(30);
        assertThat(result.files()).containsExactly(out);
        assertThat(progress).hasSize(30);
        assertThat(progress.getLast()).containsExactly(30, 30);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(result.pages()).isEqualTo(doc.getNumberOfPages());
            List<PDOutlineItem> items = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
            assertThat(items).hasSize(30);
            assertThat(items.getFirst().getTitle()).startsWith("#8000000");
            assertThat(items.getFirst().children()).isNotEmpty();
            // 30 rows of summary take two pages, then one page of contents.
            assertThat(pageText(doc, 1)).contains("Ringkasan", "#8000000", "#8000024").doesNotContain("#8000025");
            assertThat(pageText(doc, 2)).contains("Ringkasan (lanjutan)", "#8000025", "#8000029");
            String toc = pageText(doc, 3);
            assertThat(toc).contains("Daftar isi", "#8000000", "#8000029").contains("hlm. 3 dari " + doc.getNumberOfPages());
            // Each outline entry and each contents line leads to the first page of that complaint.
            for (int i = 0; i < 30; i++) {
                PDPage target = items.get(i).findDestinationPage(doc);
                int pageNumber = doc.getPages().indexOf(target) + 1;
                String first = pageText(doc, pageNumber);
                assertThat(first).contains("#" + (8_000_000 + i), "Berkas " + (i + 1) + "/30 \u00b7 Halaman 1 dari");
                assertThat(toc).containsPattern("#" + (8_000_000 + i) + "\\s.*\\s" + pageNumber + "\\R");
            }
            for (int p = 2; p <= doc.getNumberOfPages(); p++) {
                assertThat(pageText(doc, p)).containsPattern("hlm\\. " + p + " dari " + doc.getNumberOfPages());
            }
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Berkas pengaduan (30 laporan)");
            assertThat(doc.getPage(2).getAnnotations()).hasSize(30);
        }
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(out);
        }
    }

    @Test
    void cancelMidBatchLeavesNoFile() throws IOException {
        Path out = dir.resolve("batal.pdf");
        AtomicInteger done = new AtomicInteger();
        AtomicInteger pulled = new AtomicInteger();
        BatchResult result = writer.writeBatch(requests(30, pulled), 30, CaseFiles.options(), out,
                (d, total) -> done.set(d), () -> done.get() >= 5);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.written()).isEqualTo(5);
        assertThat(result.files()).isEmpty();
        assertThat(pulled.get()).as("requests are read lazily").isEqualTo(5);
        try (var listing = Files.list(dir)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void writeEachMakesOneCompleteFilePerComplaint() throws IOException {
        Path folder = dir.resolve("berkas");
        AtomicInteger pulled = new AtomicInteger();
        BatchResult result = writer.writeEach(requests(3, pulled), 3, CaseFiles.options(), folder, ProgressListener.NONE, () -> false);
        assertThat(result.files()).containsExactly(folder.resolve("8000000.pdf"), folder.resolve("8000001.pdf"), folder.resolve("8000002.pdf"));
        for (Path file : result.files()) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                assertThat(pageText(doc, 1)).contains("#" + file.getFileName().toString().replace(".pdf", ""));
                assertPageNumbers(doc, 1, doc.getNumberOfPages(), "Halaman %d dari %d");
            }
        }
        try (var listing = Files.list(folder)) {
            assertThat(listing).hasSize(3);
        }
    }
}
