package id.penghubung.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.DeskFixture;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The status bar follows the sync seam: connection, progress with phase, last sync, pending count. */
class StatusBarViewModelTest {
    /** A sync seam driven by the test, as the sync engine would drive it from its own thread. */
    private static final class ScriptedSync implements SyncControl {
        final List<Consumer<SyncStatus>> listeners = new ArrayList<>();
        int syncRequests;
        SyncStatus status = SyncStatus.OFFLINE;
        Optional<java.time.Instant> onlineBefore = Optional.empty();

        @Override
        public Optional<java.time.Instant> signInOnlineBefore() {
            return onlineBefore;
        }

        @Override
        public void syncNow() {
            syncRequests++;
        }

        @Override
        public SyncStatus status() {
            return status;
        }

        @Override
        public Runnable onStatus(Consumer<SyncStatus> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        void publish(SyncStatus s) {
            status = s;
            listeners.forEach(l -> l.accept(s));
        }
    }

    /** A phase enum like the sync engine's, labelled through the bundles (enum.OutboxState is one we have). */
    private static final id.penghubung.store.OutboxState PHASE = id.penghubung.store.OutboxState.SENDING;

    @Test
    void aFailedRunSaysWhyAndWhenTheNextTryIsAndSyncNowAlwaysAnswers() {
        ScriptedSync sync = new ScriptedSync();
        StatusBarViewModel vm = new StatusBarViewModel(Messages.indonesian(), sync, Runnable::run, DeskFixture.CLOCK,
                ZoneOffset.ofHours(7));
        int[] asked = {0};
        vm.setOnPasswordNeeded(() -> asked[0]++);
        vm.activate();
        vm.setPending(3);
        // Offline: the click answers in words and still tries (the server may be back).
        vm.syncNow();
        assertThat(vm.noticeTextProperty().get()).isEqualTo(
                "Server tidak terjangkau. Tindakan untuk 3 pengaduan tetap tersimpan di komputer ini dan dikirim saat terhubung lagi.");
        assertThat(sync.syncRequests).isEqualTo(1);
        java.time.Instant next = DeskFixture.NOW.plus(Duration.ofSeconds(15));
        sync.publish(new SyncControl.SyncStatus(false, false, Optional.empty(), 0, Optional.of(DeskFixture.NOW),
                Optional.of("ui.sync.why.unreachable"), 0, List.of(), Optional.of(next)));
        // A zone that is not one of the three office zones is labelled by its offset.
        String at = java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                .withLocale(Messages.indonesian().locale()).withZone(ZoneOffset.ofHours(7)).format(next) + " +07:00";
        assertThat(vm.problemTextProperty().get())
                .isEqualTo("Sinkronisasi gagal: server tidak terjangkau. Dicoba lagi pukul " + at + ".");
        assertThat(vm.connectionTextProperty().get()).isEqualTo("Luring");
        assertThat(vm.lastSyncTextProperty().get()).isNotEqualTo("Belum pernah disinkronkan");

        // The server is back and wants the password: asked once, not at every status.
        SyncControl.SyncStatus password = new SyncControl.SyncStatus(true, false, Optional.empty(), 0,
                Optional.of(DeskFixture.NOW), Optional.of(SyncControl.PASSWORD_NEEDED), 0);
        sync.publish(password);
        sync.publish(password);
        assertThat(asked[0]).isEqualTo(1);
        assertThat(vm.connectionTextProperty().get()).isEqualTo("Terhubung");
        assertThat(vm.noticeTextProperty().get()).isEmpty();
        assertThat(vm.problemTextProperty().get()).isEqualTo("Server sudah terhubung lagi: masukkan kata sandi untuk mengirim.");
        // "Sinkronkan sekarang" then asks again (visible), without a run that would only fail.
        vm.syncNow();
        assertThat(asked[0]).isEqualTo(2);
        assertThat(sync.syncRequests).isEqualTo(1);

        // A run already going: the click says so.
        sync.publish(new SyncControl.SyncStatus(true, true, Optional.empty(), -1, Optional.of(DeskFixture.NOW),
                Optional.empty(), 0));
        vm.syncNow();
        assertThat(vm.noticeTextProperty().get()).isEqualTo("Sinkronisasi sedang berjalan.");
        sync.publish(new SyncControl.SyncStatus(true, false, Optional.empty(), 0, Optional.of(DeskFixture.NOW),
                Optional.empty(), 0));
        assertThat(vm.problemTextProperty().get()).isEmpty();
        assertThat(vm.noticeTextProperty().get()).isEmpty();
    }

    @Test
    void heldRecordsAreCountedAndExplainedPerTrackingIdInBothLanguages() {
        List<id.penghubung.store.HeldRecord> held = List.of(new id.penghubung.store.HeldRecord("c-1", "3001234", 4,
                "tooLong:reporter.name", 2_100, DeskFixture.NOW), new id.penghubung.store.HeldRecord("c-2", "3001235", 2,
                "tooLong:location.detail", 3_000, DeskFixture.NOW));
        ScriptedSync sync = new ScriptedSync();
        StatusBarViewModel vm = new StatusBarViewModel(Messages.indonesian(), sync, Runnable::run, DeskFixture.CLOCK,
                ZoneOffset.ofHours(7));
        vm.activate();
        assertThat(vm.heldTextProperty().get()).isEmpty();
        sync.publish(new SyncControl.SyncStatus(true, false, Optional.empty(), 1, Optional.of(DeskFixture.NOW),
                Optional.empty(), 0, held));
        assertThat(vm.heldTextProperty().get()).isEqualTo("2 laporan ditahan");
        assertThat(vm.heldDetailsProperty().get()).contains("3001234: data pelapor melebihi panjang yang dapat disimpan",
                "3001235: lokasi melebihi panjang yang dapat disimpan", "dicoba lagi setelah aplikasi diperbarui");
        assertThat(HeldNotice.details(Messages.of(Messages.ENGLISH), held))
                .contains("3001234: the reporter's details is longer than can be stored");
        sync.publish(new SyncControl.SyncStatus(true, false, Optional.empty(), 1, Optional.of(DeskFixture.NOW),
                Optional.empty(), 0));
        assertThat(vm.heldTextProperty().get()).isEmpty();
    }

    @Test
    void showsProgressPhaseAndLastSyncAndStopsListeningWhenDeactivated() {
        ScriptedSync sync = new ScriptedSync();
        StatusBarViewModel vm = new StatusBarViewModel(Messages.indonesian(), sync, Runnable::run, DeskFixture.CLOCK,
                ZoneOffset.ofHours(7));
        vm.activate();
        assertThat(vm.connectionTextProperty().get()).isEqualTo("Luring");
        assertThat(vm.lastSyncTextProperty().get()).isEqualTo("Belum pernah disinkronkan");

        sync.publish(new SyncControl.SyncStatus(true, true, Optional.of(PHASE), 0.4, Optional.empty(), Optional.empty(), 0));
        assertThat(vm.onlineProperty().get()).isTrue();
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.progressProperty().get()).isEqualTo(0.4);
        assertThat(vm.phaseTextProperty().get()).isEqualTo("Sedang dikirim");

        sync.publish(new SyncControl.SyncStatus(true, false, Optional.empty(), 1,
                Optional.of(DeskFixture.NOW.minus(Duration.ofMinutes(5))), Optional.empty(), 3));
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.lastSyncTextProperty().get()).isEqualTo("Disinkronkan 5 menit lalu");
        assertThat(vm.newAssignmentsProperty().get()).isEqualTo(3);

        vm.setPending(2);
        assertThat(vm.pendingTextProperty().get()).isEqualTo("2 pengaduan dengan tindakan menunggu dikirim");
        vm.syncNow();
        assertThat(sync.syncRequests).isEqualTo(1);

        vm.deactivate();
        assertThat(sync.listeners).isEmpty();
    }

    @Test
    void inTheLastWeekOfTheOfflinePeriodTheBarAsksForAnOnlineSignInByDate() {
        ScriptedSync sync = new ScriptedSync();
        StatusBarViewModel vm = new StatusBarViewModel(Messages.indonesian(), sync, Runnable::run, DeskFixture.CLOCK,
                ZoneOffset.ofHours(7));
        vm.activate();
        assertThat(vm.offlineLimitTextProperty().get()).isEmpty();

        sync.onlineBefore = Optional.of(java.time.Instant.parse("2026-03-31T20:00:00Z"));
        vm.tick();
        assertThat(vm.offlineLimitTextProperty().get())
                .isEqualTo("Masuk daring sebelum 1 April 2026: setelah itu data di komputer ini hanya terbuka setelah masuk daring.");
        StatusBarViewModel en = new StatusBarViewModel(Messages.of(java.util.Locale.ENGLISH), sync, Runnable::run, DeskFixture.CLOCK,
                ZoneOffset.ofHours(7));
        en.activate();
        assertThat(en.offlineLimitTextProperty().get()).startsWith("Sign in online before April 1, 2026");

        sync.onlineBefore = Optional.empty();
        vm.tick();
        assertThat(vm.offlineLimitTextProperty().get()).as("gone after an online sign-in").isEmpty();
    }

    @Test
    void theLastSyncAndTheNextTryAreSaidInTheOfficesZoneWithItsLabel() {
        ScriptedSync sync = new ScriptedSync();
        StatusBarViewModel vm = new StatusBarViewModel(Messages.indonesian(), sync, Runnable::run, DeskFixture.CLOCK,
                java.time.ZoneId.of("Asia/Makassar"));
        vm.activate();
        java.time.Instant next = DeskFixture.NOW.plus(Duration.ofSeconds(15));
        sync.publish(new SyncControl.SyncStatus(false, false, Optional.empty(), 0,
                Optional.of(DeskFixture.NOW.minus(Duration.ofHours(3))), Optional.of("ui.sync.why.unreachable"), 0, List.of(),
                Optional.of(next)));
        assertThat(vm.lastSyncTextProperty().get()).startsWith("Disinkronkan ").endsWith(" WITA");
        assertThat(vm.problemTextProperty().get()).contains(" WITA.");
    }
}
