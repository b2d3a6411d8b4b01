package id.penghubung.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Role;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.store.CaseStore;
import id.penghubung.store.SyntheticComplaints;
import id.penghubung.store.register.RegisterImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's register import on a real store and a real CSV, without the toolkit: progress, refused rows, cancel and resume. */
class RegisterImportViewModelTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);
    private static final ActingAccount OFFICER = new ActingAccount("u", "Penghubung", Role.OFFICER, Optional.of("pemkot-bandung"));

    @TempDir
    Path dir;

    private final Executor direct = Runnable::run;

    /** {@code rows} rows; row 7 (file line 8) has an unknown channel, row 12 an unreadable date. */
    private Path register(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("judul,isi,kategori,saluran,kode_provinsi,kabupaten_kota,tanggal_diterima,anonim,nama_pelapor\n");
        for (int i = 1; i <= rows; i++) {
            String channel = i == 7 ? "Merpati pos" : "Telepon";
            String date = i == 12 ? "kemarin sore" : "2026-02-0" + (1 + i % 9);
            csv.append("Lampu jalan mati di gang ").append(i).append(",\"Lampu di gang ").append(i)
                    .append(" mati sejak minggu lalu.\",pu.jalan,").append(channel).append(",32,Kota Bandung,").append(date)
                    .append(",tidak,Warga ").append(i).append('\n');
        }
        return Files.writeString(dir.resolve("register.csv"), csv, StandardCharsets.UTF_8);
    }

    private RegisterImportViewModel vm(CaseStore store, Executor ui) {
        return new RegisterImportViewModel(Messages.indonesian(),
                new RegisterImport(store, OFFICER, new RegisterImport.Reference(Map.of("pu.jalan", "Jalan"), WIB), CLOCK), direct, ui);
    }

    @Test
    void validRowsGoToTheOutboxAndRefusedRowsAreListedWithTheirReasons() throws IOException {
        Path file = register(600);
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            RegisterImportViewModel vm = vm(store, direct);
            List<Double> progress = new ArrayList<>();
            vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
            int[] queued = {0};
            vm.setOnQueued(() -> queued[0]++);

            vm.start(file);

            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(store.outbox()).hasSize(598);
            assertThat(vm.statusProperty().get()).isEqualTo("Selesai: 598 baris masuk kotak keluar, 0 sudah pernah diimpor, 2 ditolak.");
            assertThat(vm.refused()).extracting(RegisterImportViewModel.Refused::row).containsExactly(8, 13);
            assertThat(vm.refused().get(0).reasons()).contains("Merpati pos").doesNotContain("validation.");
            assertThat(vm.refused().get(1).reasons()).contains("kemarin sore").doesNotContain("validation.");
            assertThat(progress).as("a chunk at a time, then done").anyMatch(p -> p > 0.4 && p < 0.5).anyMatch(p -> p > 0.8 && p < 0.9);
            assertThat(progress.getLast()).isEqualTo(1.0);
            assertThat(queued[0]).isEqualTo(1);

            vm.start(file);
            assertThat(store.outbox()).as("the same file again doubles nothing").hasSize(598);
            assertThat(vm.statusProperty().get()).isEqualTo("Selesai: 0 baris masuk kotak keluar, 598 sudah pernah diimpor, 2 ditolak.");
        }
    }

    @Test
    void cancelKeepsTheRowsReadAndTheSameFileResumesWithoutDoubles() throws IOException {
        Path file = register(600);
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            RegisterImportViewModel[] self = new RegisterImportViewModel[1];
            // The officer presses Cancel once the first chunk is in.
            Executor ui = command -> {
                command.run();
                if (self[0].runningProperty().get() && self[0].progressProperty().get() > 0) {
                    self[0].cancel();
                }
            };
            self[0] = vm(store, ui);

            self[0].start(file);

            int first = store.outbox().size();
            assertThat(first).isGreaterThanOrEqualTo(250).isLessThan(598);
            assertThat(self[0].statusProperty().get()).startsWith("Dibatalkan: " + first + " baris");

            RegisterImportViewModel again = vm(store, direct);
            again.start(file);
            assertThat(store.outbox()).hasSize(598);
            assertThat(again.statusProperty().get())
                    .isEqualTo("Selesai: " + (598 - first) + " baris masuk kotak keluar, " + first + " sudah pernah diimpor, 2 ditolak.");
        }
    }
}
