package id.penghubung.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.penghubung.model.ActorKind;
import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case-file speed: one ~10-page file with three photos (warm), and 200 such files into one PDF in 512 MB. */
@Tag("bench")
class CaseFileBench {
    @TempDir
    Path dir;

    /** A ~10-page complaint with three photos (two JPEG, one PNG), shared by both measurements. */
    record Fixture(Map<String, byte[]> files, List<Attachment> attachments, String body) {
        static Fixture create() {
            byte[] photo1 = CaseFiles.image(1600, 1200, "jpg", 1);
            byte[] photo2 = CaseFiles.image(1200, 1600, "jpg", 2);
            byte[] plan = CaseFiles.image(800, 600, "png", 3);
            Attachment a1 = CaseFiles.attachment("foto-1.jpg", "image/jpeg", photo1);
            Attachment a2 = CaseFiles.attachment("foto-2.jpg", "image/jpeg", photo2);
            Attachment a3 = CaseFiles.attachment("denah.png", "image/png", plan);
            StringBuilder body = new StringBuilder();
            int paragraph = 0;
            while (body.length() < 15_000) {
                body.append("Paragraf ").append(++paragraph).append(". Warga melaporkan kerusakan jalan dan saluran air yang ")
                        .append("membahayakan pengendara serta pejalan kaki, terutama pada malam hari ketika penerangan jalan mati. ")
                        .append("Laporan sudah disampaikan ke kelurahan tetapi belum ada tindak lanjut yang jelas.\n\n");
            }
            return new Fixture(Map.of(a1.sha256(), photo1, a2.sha256(), photo2, a3.sha256(), plan), List.of(a1, a2, a3), body.toString());
        }

        CaseFileRequest request(String tracking) {
            List<Event> extra = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                extra.add(CaseFiles.event("x" + i, EventType.RESPONDED, 60L * (100 + i), ActorKind.OFFICER, "Budi Santoso",
                        "Tanggapan ke-" + i + ": pekerjaan perbaikan dijadwalkan dan dipantau oleh Dinas Bina Marga. ".repeat(6)));
            }
            Complaint c = CaseFiles.complaint(tracking, false, true, body, attachments, extra);
            return new CaseFileRequest(c, CaseFiles.deadlines(), sha -> Optional.ofNullable(files.get(sha)), true);
        }
    }

    @Test
    void caseFiles() throws Exception {
        Fixture fixture = Fixture.create();
        CaseFileWriter writer = new CaseFileWriter();
        CaseFileRequest request = fixture.request("1916449");
        byte[] pdf = null;
        for (int i = 0; i < 8; i++) {
            pdf = writeOne(writer, request);
        }
        double[] seconds = new double[15];
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            pdf = writeOne(writer, request);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }

        Path batchPdf = dir.resolve("batch.pdf");
        Path results = dir.resolve("batch.properties");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String heap = "-Xmx" + System.getProperty("casefile.bench.xmx", "512m");
        Process child = new ProcessBuilder(java, heap, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                CaseFileBenchBatchMain.class.getName(), batchPdf.toString(), results.toString(), "200")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(110, TimeUnit.SECONDS)).as("batch finished in time").isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        Properties batch = new Properties();
        try (var in = Files.newInputStream(results)) {
            batch.load(in);
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("name", "CaseFileBench");
        report.put("onePages", pages);
        report.put("oneBytes", pdf.length);
        report.put("oneMedianSeconds", seconds[seconds.length / 2]);
        report.put("oneMaxSeconds", seconds[seconds.length - 1]);
        report.put("oneLimitSeconds", 0.5);
        report.put("batchFiles", Integer.parseInt(batch.getProperty("written")));
        report.put("batchPages", Integer.parseInt(batch.getProperty("pages")));
        report.put("batchBytes", Long.parseLong(batch.getProperty("bytes")));
        report.put("batchSeconds", Double.parseDouble(batch.getProperty("seconds")));
        report.put("batchLimitSeconds", 60);
        report.put("batchMaxHeapMb", Double.parseDouble(batch.getProperty("maxHeapMb")));
        report.put("batchHeapPeakSampledMb", Double.parseDouble(batch.getProperty("heapPeakSampledMb")));
        report.put("batchHeapPoolPeakMb", Double.parseDouble(batch.getProperty("heapPoolPeakMb")));
        Path benchDir = Path.of(System.getProperty("penghubung.bench.dir", "target/bench"));
        Files.createDirectories(benchDir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(benchDir.resolve("CaseFileBench.json").toFile(), report);

        assertThat(pages).isBetween(8, 14);
        assertThat(seconds[seconds.length / 2]).as("one case file, median seconds").isLessThanOrEqualTo(0.5);
        assertThat(Integer.parseInt(batch.getProperty("written"))).isEqualTo(200);
        assertThat(Double.parseDouble(batch.getProperty("seconds"))).as("200 case files, seconds").isLessThanOrEqualTo(60);
    }

    private static byte[] writeOne(CaseFileWriter writer, CaseFileRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeOne(request, CaseFiles.options(), out);
        return out.toByteArray();
    }
}
