package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.model.Complaint;
import id.penghubung.model.Reporter;
import id.penghubung.model.action.Note;
import id.penghubung.protocol.Json;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DeadlineIndex;
import id.penghubung.store.account.Account;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.KeyWrap;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.testing.ByteSearch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code penghubung diagnose}: what support needs in one zip, and nothing about the reporters or the officer's secrets. */
class DiagnoseCommandTest {
    private static final String TITLE = "Jalan berlubang di depan rumah Bu Sulastri";
    private static final Reporter REPORTER = new Reporter("Sulastri Wibowo", Optional.of("081298765432"),
            Optional.of("sulastri.w@contoh.id"), Optional.of("3273014508760004"));
    private static final String NOTE = "Catatan rahasia untuk dinas terkait";

    @TempDir
    Path data;

    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    @Test
    void theZipSaysWhatSupportNeedsAndNoIdentityPasswordOrComplaintText() throws Exception {
        Complaint named = LocalAccount.retitled(3, TITLE, REPORTER);
        Account account = LocalAccount.create(data, 40, List.of(named));
        String body = named.body();
        try (DataKey key = KeyWrap.unlock(KeyWrap.fileIn(account.folder()), LocalAccount.PASSWORD.toCharArray());
                CaseStore store = CaseStore.open(account.cacheFile(), DeadlineIndex.none(), Clock.systemUTC(), FieldCipher.of(key))) {
            store.enqueue(named.id(), named.version(), new Note(NOTE));
        }
        Path logs = Files.createDirectories(data.resolve("logs"));
        Files.writeString(logs.resolve("penghubung.log"), "2026-11-30 INFO sync: pulled 41 complaints\n");

        Path zip = data.resolve("keluar/diagnosa.zip");
        StringWriter err = new StringWriter();
        System.setIn(new ByteArrayInputStream((LocalAccount.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(Launcher.run(new String[] {"diagnose", "--data", data.toString(), "--out", zip.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))).as(err.toString()).isZero();

        List<String> names = new ArrayList<>();
        ByteArrayOutputStream inflated = new ByteArrayOutputStream();
        JsonNode summary = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
                byte[] bytes = in.readAllBytes();
                inflated.writeBytes(bytes);
                if (entry.getName().equals("summary.json")) {
                    summary = Json.lenient().readTree(bytes);
                }
            }
        }
        assertThat(names).contains("summary.json", "logs/penghubung.log");
        assertThat(summary).isNotNull();
        assertThat(summary.at("/versions/app").asText()).isNotBlank();
        assertThat(summary.at("/versions/java").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(summary.at("/versions/javafx").asText()).startsWith("21.");
        assertThat(summary.at("/versions/sqlite").asText()).matches("3\\.\\d+\\.\\d+");
        assertThat(summary.at("/versions/os").asText()).isNotBlank();
        assertThat(summary.at("/cache/integrity/ok").asBoolean()).isTrue();
        assertThat(summary.at("/cache/schemaVersion").asInt()).isPositive();
        // Complaint 3 was replaced by its named copy: still 40.
        assertThat(summary.at("/views/ALL").asInt()).isEqualTo(40);
        assertThat(summary.at("/outbox/PENDING").asInt()).isEqualTo(1);
        assertThat(summary.at("/outbox/CONFLICT").asInt()).isZero();
        assertThat(summary.at("/settings/serverHost").asText()).isEqualTo(account.serverHost());
        assertThat(summary.has("sync")).isTrue();

        byte[] raw = Files.readAllBytes(zip);
        List<String> secrets = List.of(TITLE, REPORTER.name(), REPORTER.phone().orElseThrow(), REPORTER.email().orElseThrow(),
                REPORTER.nik().orElseThrow(), NOTE, body.substring(0, Math.min(40, body.length())), LocalAccount.PASSWORD);
        for (String secret : secrets) {
            byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
            assertThat(ByteSearch.indexOf(raw, needle)).as("%s in the zip", secret).isEqualTo(-1);
            assertThat(ByteSearch.indexOf(inflated.toByteArray(), needle)).as("%s in the zip's entries", secret).isEqualTo(-1);
        }
    }
}
