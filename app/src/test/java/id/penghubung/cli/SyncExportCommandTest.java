package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.protocol.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync} and {@code export} from the command line against a real training server. */
class SyncExportCommandTest {
    @TempDir
    Path data;

    private final InputStream stdin = System.in;
    private StringWriter out;
    private StringWriter err;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int run(String password, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void syncThenExportJsonAndCsvWithoutReporterIdentity() throws Exception {
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(150))) {
            String url = server.baseUri().toString();
            assertThat(run(CentralServer.TRAINING_PASSWORD, "sync", "--server", url, "--user", "penghubung", "--data", data.toString()))
                    .as(err.toString()).isZero();
            assertThat(out.toString()).contains("pengaduan");

            Path json = data.resolve("out/cache.json");
            assertThat(run("", "export", "--data", data.toString(), "--format", "json", "--out", json.toString())).isZero();
            JsonNode array = Json.lenient().readTree(json.toFile());
            assertThat(array.isArray()).isTrue();
            assertThat(array.size()).isPositive();
            for (JsonNode c : array) {
                assertThat(c.hasNonNull("trackingId")).isTrue();
                if (c.get("anonymous").asBoolean()) {
                    assertThat(c.get("reporter").isNull()).isTrue();
                }
            }
            List<String> reporterNames = array.findValues("reporter").stream()
                    .filter(r -> !r.isNull()).map(r -> r.get("name").asText()).toList();

            Path csv = data.resolve("out/cache.csv");
            assertThat(run("", "export", "--data", data.toString(), "--format", "csv", "--out", csv.toString())).isZero();
            try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().build())) {
                assertThat(parser.getHeaderNames()).isEqualTo(ExportCommand.CSV_HEADER);
                List<CSVRecord> rows = parser.getRecords();
                assertThat(rows).hasSize(array.size());
            }
            String text = Files.readString(csv);
            assertThat(reporterNames).isNotEmpty();
            for (String name : reporterNames) {
                assertThat(text).doesNotContain(name);
            }
        }
    }

    @Test
    void wrongPasswordFailsAndSeveralAccountsNeedUser() {
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(30))) {
            String url = server.baseUri().toString();
            assertThat(run("salah", "sync", "--server", url, "--user", "penghubung", "--data", data.toString())).isEqualTo(ExitCodes.FAILURE);
            assertThat(run(CentralServer.TRAINING_PASSWORD, "sync", "--server", url, "--user", "penghubung", "--data", data.toString())).isZero();
            assertThat(run(CentralServer.TRAINING_PASSWORD, "sync", "--server", url, "--user", "ombudsman", "--data", data.toString())).isZero();
            assertThat(run("", "export", "--data", data.toString(), "--format", "json")).isEqualTo(ExitCodes.USAGE);
            assertThat(err.toString()).contains("--user");
            assertThat(run("", "export", "--data", data.toString(), "--format", "json", "--user", "ombudsman")).isZero();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
