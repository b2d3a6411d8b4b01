package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.model.Complaint;
import id.penghubung.model.Reporter;
import id.penghubung.protocol.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: no cell a spreadsheet would run as a formula; the file owner-only, also over an old one. */
class ExportHardeningTest {
    /** Every start a spreadsheet reads as a formula (OWASP CSV injection), with a harmless rest. */
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://127.0.0.1/x\",\"klik\")", "+62 811 2233",
            "-2+3", "@SUM(A1:A9)", "\tTab di depan", "\rCR di depan");

    @TempDir
    Path data;

    private final InputStream stdin = System.in;
    private StringWriter err;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int run(String... args) {
        err = new StringWriter();
        System.setIn(new ByteArrayInputStream((LocalAccount.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        return Launcher.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    private void createAccountWithHostileTitles() {
        List<Complaint> hostile = new java.util.ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            hostile.add(LocalAccount.retitled(i, HOSTILE.get(i), new Reporter(HOSTILE.get(HOSTILE.size() - 1 - i),
                    Optional.of("+62811000" + i), Optional.of("@x" + i + "@contoh.id"), Optional.empty())));
        }
        LocalAccount.create(data, 20, hostile);
    }

    @Test
    void csvCellsStartingLikeAFormulaAreTextWhileJsonKeepsTheWords() throws Exception {
        createAccountWithHostileTitles();
        Path csv = data.resolve("out/kasus.csv");
        assertThat(run("export", "--data", data.toString(), "--format", "csv", "--include-identities", "--out", csv.toString()))
                .as(err.toString()).isZero();
        Map<String, CSVRecord> byTitle = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().build())) {
            for (CSVRecord r : parser.getRecords()) {
                byTitle.put(r.get("title"), r);
                for (String cell : r.values()) {
                    assertThat(cell).as("a cell a spreadsheet would run").doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                }
            }
        }
        for (int i = 0; i < HOSTILE.size(); i++) {
            CSVRecord row = byTitle.get("'" + HOSTILE.get(i));
            assertThat(row).as("title %s shown as text", HOSTILE.get(i)).isNotNull();
            assertThat(row.get("reporterName")).isEqualTo("'" + HOSTILE.get(HOSTILE.size() - 1 - i));
            assertThat(row.get("reporterPhone")).isEqualTo("'+62811000" + i);
            assertThat(row.get("reporterEmail")).isEqualTo("'@x" + i + "@contoh.id");
        }

        // JSON is data, not a spreadsheet: the words stay exactly as the reporter wrote them.
        Path json = data.resolve("out/kasus.json");
        assertThat(run("export", "--data", data.toString(), "--format", "json", "--out", json.toString())).isZero();
        List<String> titles = Json.lenient().readTree(json.toFile()).findValues("title").stream().map(JsonNode::asText).toList();
        assertThat(titles).containsAll(HOSTILE);
    }

    @Test
    void anExportIntoAnExistingWideOpenFileEndsOwnerOnly() throws Exception {
        LocalAccount.create(data, 5, List.of());
        for (String format : List.of("csv", "json")) {
            Path out = data.resolve("bersama/kasus." + format);
            Files.createDirectories(out.getParent());
            Files.writeString(out, "isi lama yang panjang ".repeat(1000));
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-rw-"));

            assertThat(run("export", "--data", data.toString(), "--format", format, "--out", out.toString()))
                    .as(err.toString()).isZero();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
            assertThat(Files.readString(out)).doesNotContain("isi lama");
            try (var files = Files.list(out.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).contains("kasus." + format)
                        .noneMatch(name -> name.endsWith(".part"));
            }
        }
    }

    @Test
    void afterTheMaximumOfflinePeriodTheCommandsDoNotOpenTheCache() throws Exception {
        LocalAccount.create(data, 5, List.of(), java.time.Instant.now().minus(java.time.Duration.ofDays(31)));
        Path csv = data.resolve("out/kasus.csv");
        assertThat(run("export", "--data", data.toString(), "--format", "csv", "--out", csv.toString()))
                .isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("lebih dari 30 hari").contains("penghubung sync");
        assertThat(csv).doesNotExist();
        assertThat(run("print", "--data", data.toString(), "--out", data.resolve("out/b.pdf").toString(), "--case",
                LocalAccount.trackingIds(1).getFirst())).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("lebih dari 30 hari");
    }
}
