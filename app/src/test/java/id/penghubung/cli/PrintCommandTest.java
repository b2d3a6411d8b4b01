package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.protocol.Json;
import id.penghubung.store.AuditEntry;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DeadlineIndex;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxView;
import id.penghubung.store.account.AccountRegistry;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print} from the command line: a synced cache becomes a real, readable case-file PDF. */
class PrintCommandTest {
    @TempDir
    static Path data;

    private static CentralServer server;
    private static JsonNode cached;
    private static final InputStream STDIN = System.in;
    private StringWriter err;

    @BeforeAll
    static void syncAnAccount() throws Exception {
        server = CentralServer.start(CentralConfig.forTests(120));
        System.setIn(new ByteArrayInputStream((CentralServer.TRAINING_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        StringWriter sink = new StringWriter();
        int exit = Launcher.run(new String[] {"sync", "--server", server.baseUri().toString(), "--user", "penghubung",
                "--data", data.toString()}, new PrintWriter(sink, true), new PrintWriter(sink, true));
        assertThat(exit).as(sink.toString()).isZero();
        LocalAccount.keyAtTestCost(data, CentralServer.TRAINING_PASSWORD);
        Path json = data.resolve("cache.json");
        // The cache is encrypted: export (and print) ask for the account's password.
        typePassword();
        assertThat(Launcher.run(new String[] {"export", "--data", data.toString(), "--format", "json", "--out", json.toString()},
                new PrintWriter(sink, true), new PrintWriter(sink, true))).as("%s", sink).isZero();
        cached = Json.lenient().readTree(json.toFile());
    }

    @AfterAll
    static void stop() {
        System.setIn(STDIN);
        server.close();
    }

    private static void typePassword() {
        System.setIn(new ByteArrayInputStream((CentralServer.TRAINING_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private int run(String... args) {
        typePassword();
        err = new StringWriter();
        return Launcher.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void printsTheNamedCasesInOrderAndAuditsIt() throws Exception {
        String first = cached.get(0).get("trackingId").asText();
        String second = cached.get(1).get("trackingId").asText();
        Path pdf = data.resolve("berkas/dua.pdf");

        assertThat(run("print", "--data", data.toString(), "--case", "#" + first, second, "--out", pdf.toString()))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("2 berkas");

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("#" + first, "#" + second);
            assertThat(text.indexOf("#" + first)).isLessThan(text.lastIndexOf("#" + second));
            assertThat(text).contains(cached.get(0).get("title").asText());
        }
        var account = new AccountRegistry(data).accounts().getFirst();
        try (var key = id.penghubung.store.crypto.KeyWrap.unlock(id.penghubung.store.crypto.KeyWrap.fileIn(account.folder()),
                CentralServer.TRAINING_PASSWORD.toCharArray());
                CaseStore store = CaseStore.open(account.cacheFile(), DeadlineIndex.none(), java.time.Clock.systemUTC(),
                        id.penghubung.store.crypto.FieldCipher.of(key))) {
            AuditEntry print = store.auditLog(10).stream().filter(e -> e.action().equals(CaseStore.AUDIT_PRINT))
                    .findFirst().orElseThrow();
            assertThat(print.account()).isEqualTo(new AccountRegistry(data).accounts().getFirst().userId());
            assertThat(print.detail()).contains("#" + first, "#" + second, "dua.pdf", "count=2");
        }
    }

    @Test
    void printingOneCaseLeavesTheSearchIndexClosed() throws Exception {
        // Print reads complaints by id: opening (and catching up) the full-text index is start-up cost it never uses.
        Path cache = new AccountRegistry(data).accounts().getFirst().cacheFile();
        List<Path> index = List.of(Path.of(cache + "-search"), Path.of(cache + "-search-wal"),
                Path.of(cache + "-search-shm"));
        for (Path file : index) {
            Files.deleteIfExists(file);
        }
        Path pdf = data.resolve("satu.pdf");
        assertThat(run("print", "--data", data.toString(), "--case", cached.get(0).get("trackingId").asText(), "--out",
                pdf.toString())).as(err.toString()).isZero();
        assertThat(pdf).exists();
        assertThat(index).as("the search index files after print").noneMatch(Files::exists);
        // The next store that searches builds the index again from the cache.
        try (CaseStore store = openStore()) {
            String word = cached.get(0).get("title").asText().split(" ")[0];
            Instant now = Instant.now();
            assertThat(store.search(word, InboxQuery.of(InboxView.ALL, now, now), 50)).isNotEmpty();
        }
    }

    @Test
    void overdueSelectsOnlyLateOpenComplaints() throws Exception {
        Path pdf = data.resolve("terlambat.pdf");
        int exit = run("print", "--data", data.toString(), "--overdue", "--out", pdf.toString());
        assertThat(exit).as(err.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            // Every case file in it carries an overdue deadline line.
            assertThat(text).contains("lewat batas");
            assertThat(document.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void anUnknownCaseIsAClearOneLineError() {
        Path pdf = data.resolve("none.pdf");
        assertThat(run("print", "--data", data.toString(), "--case", "9999999999", "--out", pdf.toString()))
                .isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("#9999999999");
        assertThat(Files.exists(pdf)).isFalse();
        assertThat(run("print", "--data", data.toString(), "--case", "abc", "--out", pdf.toString()))
                .isEqualTo(ExitCodes.USAGE);
    }

    private static CaseStore openStore() throws Exception {
        var account = new AccountRegistry(data).accounts().getFirst();
        var key = id.penghubung.store.crypto.KeyWrap.unlock(id.penghubung.store.crypto.KeyWrap.fileIn(account.folder()),
                CentralServer.TRAINING_PASSWORD.toCharArray());
        return CaseStore.open(account.cacheFile(), DeadlineIndex.none(), java.time.Clock.systemUTC(),
                id.penghubung.store.crypto.FieldCipher.of(key));
    }

    private static AuditEntry lastPrint(CaseStore store) {
        return store.auditLog(10).stream().filter(e -> e.action().equals(CaseStore.AUDIT_PRINT)).findFirst().orElseThrow();
    }

    /** A complaint whose reporter left an identity: neither anonymous nor confidential. */
    private static JsonNode identified() {
        for (JsonNode c : cached) {
            if (!c.path("anonymous").asBoolean() && !c.path("confidential").asBoolean()) {
                return c;
            }
        }
        throw new AssertionError("no identified complaint in the training world");
    }

    @Test
    void theDeskAndTheCommandWriteTheSameAuditEntryForTheSameRequest() throws Exception {
        String first = cached.get(2).get("trackingId").asText();
        String second = cached.get(3).get("trackingId").asText();
        Path cliPdf = data.resolve("cli/sama.pdf");
        assertThat(run("print", "--data", data.toString(), "--case", first, second, "--out", cliPdf.toString()))
                .as(err.toString()).isZero();
        var account = new AccountRegistry(data).accounts().getFirst();
        AuditEntry fromCommand;
        AuditEntry fromDesk;
        try (CaseStore store = openStore()) {
            fromCommand = lastPrint(store);
            // The desk's side, wired as MainWindow wires it: the print dialog's view model over the print service.
            var rules = id.penghubung.sync.ServerRules.standard();
            var printing = new id.penghubung.ui.print.CaseFilePrinting(store, rules.calculator(), sha -> java.util.Optional.empty(),
                    account.userId(), account.displayName(), java.time.Clock.systemUTC(), java.util.Locale.of("id"));
            var vm = new id.penghubung.ui.print.PrintViewModel(id.penghubung.i18n.Messages.indonesian(), printing,
                    java.util.Optional::empty, () -> 0, Runnable::run, Runnable::run, java.time.ZoneId.of("Asia/Jakarta"));
            java.time.Instant now = java.time.Instant.now();
            var all = store.page(id.penghubung.store.InboxQuery.of(id.penghubung.store.InboxView.ALL, now, now), 0, 1_000);
            for (String tracking : java.util.List.of(first, second)) {
                vm.selected().add(all.stream().filter(r -> r.trackingId().value().equals(tracking)).findFirst().orElseThrow());
            }
            vm.prepare();
            vm.start(data.resolve("desk/sama.pdf"));
            assertThat(vm.outcomeProperty().get().written()).isEqualTo(2);
            fromDesk = lastPrint(store);
        }
        assertThat(fromDesk.seq()).isGreaterThan(fromCommand.seq());
        assertThat(fromDesk.account()).isEqualTo(fromCommand.account()).isEqualTo(account.userId());
        assertThat(fromDesk.detail()).isEqualTo(fromCommand.detail())
                .isEqualTo("count=2; cases=#" + first + ",#" + second + "; to=sama.pdf; identities=no");
    }

    @Test
    void identitiesArePrintedOnlyWhenAskedAndTheAuditSaysSo() throws Exception {
        String tracking = identified().get("trackingId").asText();
        Path without = data.resolve("tanpa.pdf");
        Path with = data.resolve("dengan.pdf");
        assertThat(run("print", "--data", data.toString(), "--case", tracking, "--out", without.toString())).as(err.toString()).isZero();
        String withoutText;
        try (PDDocument document = Loader.loadPDF(without.toFile())) {
            withoutText = new PDFTextStripper().getText(document);
        }
        assertThat(withoutText).contains("Identitas pelapor tidak dicetak").doesNotContain("Surel");
        try (CaseStore store = openStore()) {
            assertThat(lastPrint(store).detail()).endsWith("to=tanpa.pdf; identities=no");
        }
        assertThat(run("print", "--data", data.toString(), "--case", tracking, "--with-identities", "--out", with.toString()))
                .as(err.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(with.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Identitas pelapor tidak dicetak").contains("Nama");
        }
        try (CaseStore store = openStore()) {
            assertThat(lastPrint(store).detail()).endsWith("to=dengan.pdf; identities=yes");
        }
    }
}
