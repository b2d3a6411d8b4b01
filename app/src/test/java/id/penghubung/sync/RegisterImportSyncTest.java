package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.action.ActingAccount;
import id.penghubung.protocol.CategoryNode;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxView;
import id.penghubung.store.account.Account;
import id.penghubung.store.register.RegisterImport;
import id.penghubung.store.register.RegisterImport.Outcome;
import id.penghubung.store.register.RegisterImport.RowResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A register of complaints received elsewhere, imported into the outbox and sent over real HTTP (issue 20). */
class RegisterImportSyncTest {
    static final String HEADER = "judul,isi,kategori,klasifikasi,saluran,kode_provinsi,provinsi,kabupaten_kota,kecamatan,"
            + "kelurahan,detail_lokasi,tanggal_diterima,anonim,nama_pelapor,telepon,email,nik";
    /** Data rows (1-based) that are wrong, each in its own way. */
    static final Set<Integer> BAD = Set.of(3, 50, 101, 222, 333, 444, 499);

    @TempDir
    Path dir;

    /** A register of {@code rows} rows; the rows in {@link #BAD} each break one rule (when {@code withBad}). */
    static Path register(Path file, int rows, boolean withBad) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        LocalDate received = LocalDate.of(2026, 2, 2);
        for (int i = 1; i <= rows; i++) {
            String title = "Lampu jalan mati di gang " + i;
            String body = "Pelapor menelepon: lampu penerangan jalan di gang nomor " + i + " mati sejak minggu lalu.";
            String category = "pu.jalan";
            String channel = i % 3 == 0 ? "Surat" : "Telepon";
            String date = received.plusDays(i % 20).toString();
            String province = "32";
            String anonymous = i % 4 == 0 ? "ya" : "tidak";
            String name = i % 4 == 0 ? "" : "Warga Nomor " + i;
            if (withBad && BAD.contains(i)) {
                switch (i) {
                    case 3 -> title = "";
                    case 50 -> category = "tidak.ada";
                    case 101 -> channel = "Merpati pos";
                    case 222 -> date = "kemarin sore";
                    case 333 -> { anonymous = "tidak"; name = ""; }
                    case 444 -> province = "";
                    default -> date = "2099-01-01";
                }
            }
            csv.append(String.join(",", quote(title), quote(body), category, "Pengaduan", channel, province, "Jawa Barat",
                    "Kota Bandung", "Coblong", "Dago", quote("Gang " + i), date, anonymous, quote(name), "0812" + i, "", ""))
                    .append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static RegisterImport importer(Session session) {
        Account a = session.account();
        Map<String, String> categories = new LinkedHashMap<>();
        session.reference().current().ifPresent(r -> flatten(r.categories(), categories));
        return new RegisterImport(session.store(), new ActingAccount(a.userId(), a.displayName(), a.role(), a.agencyId()),
                new RegisterImport.Reference(categories, ZoneId.of("Asia/Jakarta")), Clock.systemUTC());
    }

    private static void flatten(List<CategoryNode> nodes, Map<String, String> into) {
        nodes.forEach(n -> {
            into.put(n.id(), n.name());
            flatten(n.children(), into);
        });
    }

    private static long count(List<RowResult> results, Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    @Test
    void fiveHundredRowsWithSevenBadOnesImportFourHundredNinetyThreeAndReportSeven() throws IOException {
        Path file = register(dir.resolve("register.csv"), 500, true);
        try (TrainingWorld world = TrainingWorld.start(10, null); Session session = world.session(dir.resolve("data"), "penghubung")) {
            session.engine().sync(SyncListener.NONE);
            int before = cached(session.store());

            List<RowResult> results = importer(session).run(file);

            assertThat(count(results, Outcome.IMPORTED)).isEqualTo(493);
            assertThat(results).filteredOn(r -> r.outcome() == Outcome.REFUSED).extracting(RowResult::row)
                    .containsExactlyElementsOf(BAD.stream().sorted().map(i -> i + 1).toList());
            assertThat(results).filteredOn(r -> r.outcome() == Outcome.REFUSED).allMatch(r -> !r.problems().isEmpty());
            assertThat(session.engine().sync(SyncListener.NONE).applied()).isEqualTo(493);
            assertThat(cached(session.store())).isEqualTo(before + 493);
        }
    }

    @Test
    void anInterruptedImportResumedGivesEveryRowOnce() throws IOException {
        Path file = register(dir.resolve("register.csv"), 500, true);
        try (TrainingWorld world = TrainingWorld.start(10, null); Session session = world.session(dir.resolve("data"), "penghubung")) {
            session.engine().sync(SyncListener.NONE);
            int before = cached(session.store());
            AtomicInteger seen = new AtomicInteger();
            List<RowResult> first = importer(session).run(file, () -> seen.incrementAndGet() > 180);
            session.engine().sync(SyncListener.NONE);

            List<RowResult> resumed = importer(session).run(file);

            CaseStore store = session.store();
            long imported = count(first, Outcome.IMPORTED) + count(resumed, Outcome.IMPORTED);
            assertThat(imported).isEqualTo(493);
            assertThat(count(resumed, Outcome.ALREADY_IMPORTED)).isEqualTo(count(first, Outcome.IMPORTED));
            session.engine().sync(SyncListener.NONE);
            assertThat(store.outbox()).isEmpty();
            assertThat(cached(store)).isEqualTo(before + 493);
        }
    }

    @Test
    void anXlsxRegisterReadsLikeTheCsv() throws IOException {
        Path file = dir.resolve("register.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Register");
            String[] header = HEADER.split(",");
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 1; r <= 3; r++) {
                ws.value(r, 0, "Pengaduan lewat surat " + r);
                ws.value(r, 1, "Isi surat pengaduan nomor " + r + " tentang jalan berlubang.");
                ws.value(r, 2, "pu.jalan");
                ws.value(r, 3, "Aspirasi");
                ws.value(r, 4, r == 3 ? "Burung" : "Surat");
                ws.value(r, 5, 32);
                ws.value(r, 11, LocalDate.of(2026, 2, r));
                ws.style(r, 11).format("yyyy-mm-dd").set();
                ws.value(r, 12, "ya");
            }
            wb.finish();
        }
        try (TrainingWorld world = TrainingWorld.start(10, null); Session session = world.session(dir.resolve("data"), "penghubung")) {
            session.engine().sync(SyncListener.NONE);

            List<RowResult> results = importer(session).run(file);

            assertThat(results).as(results.toString()).extracting(RowResult::outcome).containsExactly(Outcome.IMPORTED, Outcome.IMPORTED, Outcome.REFUSED);
            assertThat(session.engine().sync(SyncListener.NONE).applied()).isEqualTo(2);
        }
    }

    private static int cached(CaseStore store) {
        Instant now = Instant.now();
        return store.count(InboxQuery.of(InboxView.ALL, now, now));
    }
}
