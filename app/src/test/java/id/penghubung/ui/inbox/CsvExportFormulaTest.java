package id.penghubung.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Channel;
import id.penghubung.model.Reporter;
import id.penghubung.model.Status;
import id.penghubung.model.TrackingId;
import id.penghubung.store.InboxRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's CSV export: no cell a spreadsheet would run, and the file owner-only even over an old one. */
class CsvExportFormulaTest {
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://127.0.0.1/x\",\"klik\")", "+62 811",
            "-2+3", "@SUM(A1:A9)", "\tTab di depan", "\rCR di depan");

    @TempDir
    Path dir;

    private static InboxRow row(int i, String title) {
        return new InboxRow("c-" + i, TrackingId.parse(Integer.toString(2_000_000 + i)).orElseThrow(), title,
                "=Kategori", Optional.of("@Unit"), Channel.values()[0], Instant.parse("2026-01-05T03:00:00Z"),
                Optional.empty(), Status.PROSES, false, false, false, 0, false, "Pemkot", "Bandung");
    }

    @Test
    void formulaLikeTitlesNamesAndUnitsAreWrittenAsTextIntoAnOwnerOnlyFile() throws Exception {
        List<InboxRow> rows = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            rows.add(row(i, HOSTILE.get(i)));
        }
        Path target = dir.resolve("kasus.csv");
        Files.writeString(target, "isi lama");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-rw-"));

        int written = CsvExport.write(PagedSource.of(rows), target, Messages.indonesian(), ZoneId.of("Asia/Jakarta"),
                Optional.of(r -> Optional.of(new Reporter("=cmd|' /C calc'!A0", Optional.of("+62811"),
                        Optional.of("@a@contoh.id"), Optional.of("3273010101010001")))));

        assertThat(written).isEqualTo(HOSTILE.size());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kasus.csv");
        }
        String text = Files.readString(target, StandardCharsets.UTF_8).substring(1); // after the byte-order mark
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().build())) {
            List<CSVRecord> records = parser.getRecords();
            for (int i = 0; i < HOSTILE.size(); i++) {
                List<String> cells = records.get(i).toList();
                assertThat(cells.get(1)).isEqualTo("'" + HOSTILE.get(i));
                assertThat(cells.get(2)).isEqualTo("'=Kategori");
                assertThat(cells.get(3)).isEqualTo("'@Unit");
                assertThat(cells.subList(12, 16)).containsExactly("'=cmd|' /C calc'!A0", "'+62811", "'@a@contoh.id",
                        "3273010101010001");
            }
        }
    }
}
