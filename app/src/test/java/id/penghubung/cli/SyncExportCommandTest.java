package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.protocol.Json;
import id.penghubung.sync.LastSync;
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
            LocalAccount.keyAtTestCost(data, CentralServer.TRAINING_PASSWORD);
            // The desk's "last synced" reads the same record, so a command-line sync counts there too.
            try (var files = Files.walk(data.resolve("accounts"))) {
                assertThat(files.map(p -> p.getFileName().toString())).contains(LastSync.FILE_NAME);
            }

            // The cache is encrypted: a wrong password exports nothing.
            Path json = data.resolve("out/cache.json");
            assertThat(run("salah", "export", "--data", data.toString(), "--format", "json", "--out", json.toString()))
                    .isEqualTo(ExitCodes.FAILURE);
            assertThat(json).doesNotExist();
            assertThat(run(CentralServer.TRAINING_PASSWORD, "export", "--data", data.toString(), "--format", "json",
                    "--include-identities", "--out", json.toString())).isZero();
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

            // Without --include-identities neither the JSON nor the CSV names a reporter.
            Path plainJson = data.resolve("out/plain.json");
            assertThat(run(CentralServer.TRAINING_PASSWORD, "export", "--data", data.toString(), "--format", "json",
                    "--out", plainJson.toString())).isZero();
            String plainJsonText = Files.readString(plainJson);
            assertThat(reporterNames).isNotEmpty();
            for (String name : reporterNames) {
                assertThat(plainJsonText).doesNotContain(name);
            }
            Path csv = data.resolve("out/cache.csv");
            assertThat(run(CentralServer.TRAINING_PASSWORD, "export", "--data", data.toString(), "--format", "csv",
                    "--out", csv.toString())).isZero();
            try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().build())) {
                assertThat(parser.getHeaderNames()).isEqualTo(ExportCommand.CSV_HEADER);
                List<CSVRecord> rows = parser.getRecords();
                assertThat(rows).hasSize(array.size());
            }
            String text = Files.readString(csv);
            for (String name : reporterNames) {
                assertThat(text).doesNotContain(name);
            }
            Path named = data.resolve("out/named.csv");
            assertThat(run(CentralServer.TRAINING_PASSWORD, "export", "--data", data.toString(), "--format", "csv",
                    "--include-identities", "--out", named.toString())).isZero();
            try (CSVParser parser = CSVParser.parse(named, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().build())) {
                assertThat(parser.getHeaderNames()).endsWith(ExportCommand.CSV_IDENTITY_HEADER.toArray(String[]::new));
            }
            assertThat(Files.readString(named)).contains(reporterNames.getFirst());

            // Every export is in the account's audit log: who, what, when, with or without identities.
            var account = new id.penghubung.store.account.AccountRegistry(data).accounts().getFirst();
            try (var key = id.penghubung.store.crypto.KeyWrap.unlock(id.penghubung.store.crypto.KeyWrap.fileIn(account.folder()),
                    CentralServer.TRAINING_PASSWORD.toCharArray());
                    var store = id.penghubung.store.CaseStore.open(account.cacheFile(), id.penghubung.store.DeadlineIndex.none(),
                            java.time.Clock.systemUTC(), id.penghubung.store.crypto.FieldCipher.of(key))) {
                var exports = store.auditLog(20).stream().filter(e -> e.action().equals(id.penghubung.store.CaseStore.AUDIT_EXPORT))
                        .toList();
                assertThat(exports).hasSize(4);
                assertThat(exports).allSatisfy(e -> assertThat(e.account()).isEqualTo("penghubung@" + account.serverHost()));
                assertThat(exports.get(0).detail()).contains("format=CSV").contains("named.csv").contains("identities=yes");
                assertThat(exports.get(1).detail()).contains("format=CSV").contains("identities=no");
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
            assertThat(run(CentralServer.TRAINING_PASSWORD, "export", "--data", data.toString(), "--format", "json", "--user", "ombudsman"))
                    .isZero();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
