package id.penghubung.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.store.AuditEntry;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.inbox.PagedSource;
import id.penghubung.ui.ranking.RankingData;
import id.penghubung.ui.ranking.RankingPeriod;
import id.penghubung.ui.ranking.RankingViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print flow's view model on a real store and the real PDF writer, without the toolkit. */
class PrintViewModelTest {
    @TempDir
    static Path dir;
    static Desk desk;

    @TempDir
    Path out;

    private final Executor direct = Runnable::run;

    @BeforeAll
    static void open() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 300);
        desk = new Desk(Messages.indonesian(), DeskFixture.parts(file), new Background(), DeskFixture.CLOCK);
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    private static CaseFilePrinting printing() {
        return new CaseFilePrinting(desk.store(), desk.deadlines(), sha -> Optional.empty(), "u-penghubung",
                "Penghubung Bandung", DeskFixture.CLOCK, Messages.indonesian().locale());
    }

    private static InboxQuery overdue() {
        return InboxQuery.of(InboxView.OVERDUE, DeskFixture.NOW, desk.workingDays().add(DeskFixture.NOW, 2));
    }

    private static List<InboxRow> rows(InboxQuery q, int n) {
        return desk.store().page(q, 0, n);
    }

    private PrintViewModel vm(Executor background, Executor ui, PagedSource<InboxRow> shown) {
        return new PrintViewModel(Messages.indonesian(), printing(), () -> Optional.of(shown), shown::count,
                background, ui, desk.zone());
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<AuditEntry> prints() {
        return desk.store().auditLog(1_000).stream().filter(e -> e.action().equals("PRINT")).toList();
    }

    @Test
    void theOmbudsmansBatchOpensWithTheRankingTablesRows() throws IOException {
        RankingViewModel ranking = new RankingViewModel(Messages.indonesian(),
                RankingData.of(desk.store(), desk.queries(), desk.deadlines(), DeskFixture.CLOCK), ReportGrouping.INSTITUTION,
                direct, direct, DeskFixture.CLOCK, desk.zone());
        ranking.periodProperty().set(RankingPeriod.THIS_YEAR);
        ranking.refresh();
        assertThat(ranking.rows()).isNotEmpty();
        List<InboxRow> picked = rows(InboxQuery.of(InboxView.ALL, DeskFixture.NOW, DeskFixture.NOW), 2);
        PrintViewModel vm = vm(direct, direct, PagedSource.of(List.of()));
        assertThat(vm.rankingOffered()).isFalse();
        vm.offerRanking(ranking::snapshot);
        vm.selected().setAll(picked);
        vm.prepare();
        assertThat(vm.includeRankingProperty().get()).as("off by default").isFalse();
        vm.includeRankingProperty().set(true);
        Path target = out.resolve("dengan-peringkat.pdf");

        vm.start(target);

        assertThat(vm.outcomeProperty().get().written()).isEqualTo(2);
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            String page1 = first.getText(doc).replaceAll("[ \\t]+", " ");
            assertThat(page1).contains("Peringkat kepatuhan per Instansi");
            for (RankingViewModel.Row r : ranking.rows()) {
                assertThat(page1).contains(r.rank() + " " + r.volumeGroup() + " " + r.name() + " " + r.received() + " "
                        + r.followUpDue() + " " + r.followUpOnTime() + " " + r.followUpLate() + " ");
            }
            String all = new PDFTextStripper().getText(doc);
            picked.forEach(r -> assertThat(all).contains(r.trackingId().toString()));
        }
        vm.prepare();
        Path without = out.resolve("tanpa-peringkat.pdf");
        vm.start(without);
        assertThat(text(without)).doesNotContain("Peringkat kepatuhan per Instansi");
    }

    @Test
    void selectedRowsIntoOnePdfWithProgressAndAnAuditEntry() throws IOException {
        List<InboxRow> picked = rows(InboxQuery.of(InboxView.ALL, DeskFixture.NOW, DeskFixture.NOW), 3);
        PrintViewModel vm = vm(direct, direct, PagedSource.of(List.of()));
        vm.selected().setAll(picked);
        vm.prepare();
        assertThat(vm.scopeProperty().get()).isEqualTo(PrintViewModel.Scope.SELECTED);
        assertThat(vm.includeInternalNotesProperty().get()).as("internal notes are off by default").isFalse();
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        int auditBefore = prints().size();

        Path target = out.resolve("tiga.pdf");
        vm.start(target);

        PrintViewModel.Outcome outcome = vm.outcomeProperty().get();
        assertThat(outcome.written()).isEqualTo(3);
        assertThat(outcome.files()).containsExactly(target);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(progress).contains(1.0 / 3, 2.0 / 3, 1.0);
        assertThat(vm.statusProperty().get()).contains("3 berkas").contains("tiga.pdf");
        String text = text(target);
        picked.forEach(r -> assertThat(text).contains(r.trackingId().toString()));
        List<AuditEntry> audit = prints();
        assertThat(audit).hasSize(auditBefore + 1);
        assertThat(audit.getFirst().detail()).startsWith("count=3; cases=" + picked.getFirst().trackingId())
                .endsWith("; to=tiga.pdf; identities=no");
        assertThat(audit.getFirst().account()).isEqualTo("u-penghubung");
    }

    @Test
    void allInTheViewIsCollectedFromTheShownSourceOneFileEach() throws IOException {
        PagedSource<InboxRow> shown = PagedSource.of(rows(overdue(), 4));
        PrintViewModel vm = vm(direct, direct, shown);
        vm.prepare();
        assertThat(vm.scopeProperty().get()).as("nothing selected: the whole view").isEqualTo(PrintViewModel.Scope.VIEW);
        assertThat(vm.count()).isEqualTo(4);
        vm.oneFileEachProperty().set(true);
        Path folder = out.resolve("satu-satu");

        vm.start(folder);

        assertThat(vm.outcomeProperty().get().written()).isEqualTo(4);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf")).count()).isEqualTo(4);
        }
        for (InboxRow r : shown.page(0, 4)) {
            assertThat(text(folder.resolve(r.trackingId().value() + ".pdf"))).contains(r.trackingId().toString());
        }
        assertThat(prints().getFirst().detail()).startsWith("count=4; cases=#").endsWith("; to=satu-satu/; identities=no");
    }

    @Test
    void cancelLeavesNoFileAndNoAuditEntry() throws IOException {
        int auditBefore = prints().size();
        // The officer presses Cancel once the second of six case files is composed.
        PrintViewModel[] self = new PrintViewModel[1];
        Executor ui = command -> {
            command.run();
            if (self[0].runningProperty().get() && self[0].progressProperty().get() >= 2.0 / 6 - 1e-9) {
                self[0].cancel();
            }
        };
        PrintViewModel vm = vm(direct, ui, PagedSource.of(List.of()));
        self[0] = vm;
        vm.selected().setAll(rows(InboxQuery.of(InboxView.ALL, DeskFixture.NOW, DeskFixture.NOW), 6));
        vm.prepare();
        Path target = out.resolve("batal.pdf");

        vm.start(target);

        PrintViewModel.Outcome outcome = vm.outcomeProperty().get();
        assertThat(outcome.cancelled()).isTrue();
        assertThat(outcome.written()).isEqualTo(2);
        assertThat(outcome.files()).isEmpty();
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("no half-written temporary file either").isEmpty();
        }
        assertThat(vm.statusProperty().get()).isEqualTo(Messages.indonesian().get("ui.print.cancelledNothing"));
        assertThat(prints()).hasSize(auditBefore);
    }

    @Test
    void printingToAPrinterIsAuditedWithThePrinterName() throws IOException {
        PrintViewModel vm = vm(direct, direct, PagedSource.of(List.of()));
        vm.selected().setAll(rows(InboxQuery.of(InboxView.ALL, DeskFixture.NOW, DeskFixture.NOW), 2));
        vm.prepare();
        vm.start(out.resolve("dua.pdf"));
        List<Path> sent = new ArrayList<>();
        // A printer that counts the pages it is given: a real printer is not on a build machine.
        PagePrinter printer = new PagePrinter() {
            @Override
            public String name() {
                return "Kantor-Lt2";
            }

            @Override
            public int print(List<Path> pdfs, id.penghubung.casefile.ProgressListener progress,
                    java.util.function.BooleanSupplier cancelled) throws IOException {
                int pages = 0;
                for (Path p : pdfs) {
                    sent.add(p);
                    try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                        pages += doc.getNumberOfPages();
                    }
                }
                progress.progress(pages, pages);
                return pages;
            }
        };

        vm.printTo(printer);

        assertThat(sent).containsExactly(out.resolve("dua.pdf"));
        assertThat(prints().getFirst().detail()).startsWith("count=2; cases=#").endsWith("; to=printer Kantor-Lt2; identities=no");
        assertThat(vm.statusProperty().get()).contains("Kantor-Lt2");
    }

    /** A printer that counts the pages it is given and notes whether each file was there to read. */
    private static PagePrinter countingPrinter(String name, List<Path> sent, java.util.function.Predicate<Path> failOn) {
        return new PagePrinter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int print(List<Path> pdfs, id.penghubung.casefile.ProgressListener progress,
                    java.util.function.BooleanSupplier cancelled) throws IOException {
                int pages = 0;
                for (Path p : pdfs) {
                    sent.add(p);
                    if (failOn.test(p)) {
                        throw new IOException("kertas macet");
                    }
                    try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                        pages += doc.getNumberOfPages();
                    }
                }
                progress.progress(pages, pages);
                return pages;
            }
        };
    }

    @Test
    void printingDirectlyPrintsEveryPageAndLeavesNoFileBehind() {
        PrintViewModel vm = vm(direct, direct, PagedSource.of(List.of()));
        vm.selected().setAll(rows(InboxQuery.of(InboxView.ALL, DeskFixture.NOW, DeskFixture.NOW), 3));
        vm.prepare();
        int auditBefore = prints().size();
        List<Path> sent = new ArrayList<>();

        vm.printDirect(countingPrinter("Kantor-Lt1", sent, p -> false));

        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst()).doesNotExist();
        assertThat(sent.getFirst().getParent()).as("the spool folder").doesNotExist();
        assertThat(vm.outcomeProperty().get().pages()).isGreaterThan(3);
        assertThat(vm.outcomeProperty().get().produced()).as("no saved file to open").isFalse();
        assertThat(vm.statusProperty().get()).startsWith("3 berkas").contains("Kantor-Lt1");
        assertThat(prints()).hasSize(auditBefore + 1);
        assertThat(prints().getFirst().detail()).startsWith("count=3; cases=#").endsWith("; to=printer Kantor-Lt1; identities=no");
    }

    @Test
    void aPrinterFailureIsSaidAndTheSpooledFilesAreStillDeleted() {
        PrintViewModel vm = vm(direct, direct, PagedSource.of(List.of()));
        vm.selected().setAll(rows(InboxQuery.of(InboxView.ALL, DeskFixture.NOW, DeskFixture.NOW), 2));
        vm.prepare();
        vm.oneFileEachProperty().set(true);
        int auditBefore = prints().size();
        List<Path> sent = new ArrayList<>();

        vm.printDirect(countingPrinter("Kantor-Lt1", sent, p -> sent.size() == 2));

        assertThat(sent).hasSize(2).allSatisfy(p -> assertThat(p).doesNotExist());
        assertThat(sent.getFirst().getParent()).doesNotExist();
        assertThat(vm.statusProperty().get()).as("the officer's words, not the exception's")
                .isEqualTo("Pencetakan gagal: " + Messages.indonesian().get("ui.error.io"));
        assertThat(prints()).hasSize(auditBefore);
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void aStoreFailureIsSaidInTheOfficersWordsNotAsAMessageKey() {
        // The view's rows cannot be read: the desk got locked under an encrypted store, say.
        PagedSource<InboxRow> refusing = new PagedSource<>() {
            @Override
            public int count() {
                return 5;
            }

            @Override
            public List<InboxRow> page(int offset, int limit) {
                throw new id.penghubung.store.StoreException("store.error.locked", null);
            }
        };
        PrintViewModel vm = vm(direct, direct, refusing);
        vm.prepare();
        assertThat(vm.scopeProperty().get()).isEqualTo(PrintViewModel.Scope.VIEW);

        vm.start(out.resolve("terkunci.pdf"));

        assertThat(vm.statusProperty().get())
                .isEqualTo("Berkas tidak dapat disimpan: " + Messages.indonesian().get("store.error.locked"));
        assertThat(out.resolve("terkunci.pdf")).doesNotExist();
    }

    @Test
    void noPrinterIsSaidPlainly() {
        PrintViewModel vm = vm(direct, direct, PagedSource.of(List.of()));
        vm.noPrinter();
        assertThat(vm.statusProperty().get()).startsWith("Tidak ada printer di komputer ini");
    }

    @Test
    void identitiesAreLeftOutByDefaultAndTheChoiceIsAudited() throws IOException {
        List<InboxRow> picked = rows(InboxQuery.of(InboxView.ALL, DeskFixture.NOW, DeskFixture.NOW), 40).stream()
                .filter(r -> !r.anonymous() && !r.confidential()
                        && desk.store().complaint(r.id()).flatMap(c -> c.reporter()).isPresent())
                .limit(2).toList();
        assertThat(picked).hasSize(2);
        PrintViewModel vm = vm(direct, direct, PagedSource.of(List.of()));
        vm.selected().setAll(picked);
        vm.includeIdentitiesProperty().set(true);
        vm.prepare();
        assertThat(vm.includeIdentitiesProperty().get()).as("without identities unless ticked, every time").isFalse();
        Path without = out.resolve("tanpa-identitas.pdf");
        vm.start(without);
        assertThat(text(without)).contains("Identitas pelapor tidak dicetak");
        assertThat(prints().getFirst().detail()).endsWith("; to=tanpa-identitas.pdf; identities=no");

        vm.prepare();
        vm.includeIdentitiesProperty().set(true);
        Path with = out.resolve("dengan-identitas.pdf");
        vm.start(with);
        String name = desk.store().complaint(picked.getFirst().id()).orElseThrow().reporter().orElseThrow().name();
        assertThat(text(with)).contains(name).doesNotContain("Identitas pelapor tidak dicetak");
        assertThat(prints().getFirst().detail()).endsWith("; to=dengan-identitas.pdf; identities=yes");
    }
}
