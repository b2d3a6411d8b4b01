package id.penghubung.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.store.CaseStore;
import id.penghubung.store.StoreLockedException;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.KeyWrap;
import id.penghubung.store.crypto.WrongPasswordException;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.common.ManualScheduler;
import id.penghubung.ui.common.QueuedExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock's decisions without the toolkit, over a real encrypted case store and a real wrapped key:
 * idle timing with a manual clock, on-demand lock, the draft saved before the key goes, wrong and
 * right passwords, the password array wiped.
 */
class LockViewModelTest {
    private static final char[] PASSWORD = "latihan123".toCharArray();
    private static final Duration IDLE = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    private final ManualScheduler clock = new ManualScheduler();
    private final QueuedExecutor background = new QueuedExecutor();
    private final List<String> events = new ArrayList<>();
    private CaseStore store;
    private StoreKeyLock keyLock;
    private String complaintId;

    /** What a session does on lock/unlock, at store level: the cipher dropped, the key unwrapped again. */
    private final class StoreKeyLock implements DeskLock {
        private final Path keyFile;
        private DataKey key;

        StoreKeyLock(Path keyFile, DataKey key) {
            this.keyFile = keyFile;
            this.key = key;
        }

        @Override
        public void lock() {
            events.add("key dropped");
            store.lock();
            key.close();
        }

        @Override
        public boolean unlock(char[] password) {
            try {
                key = KeyWrap.unlock(keyFile, password);
            } catch (WrongPasswordException e) {
                return false;
            }
            store.unlock(FieldCipher.of(key));
            return true;
        }

        @Override
        public boolean locked() {
            return store.isLocked();
        }
    }

    @BeforeEach
    void openEncryptedStore() {
        Path file = dir.resolve("cache.db");
        DeskFixture.fill(file, 30);
        complaintId = DeskFixture.actionable(30).id();
        Path keyFile = dir.resolve("key.json");
        DataKey key = KeyWrap.create(keyFile, PASSWORD.clone(), 1_000);
        store = CaseStore.open(file, Desk.deadlineIndex(DeskFixture.CLOCK), DeskFixture.CLOCK, FieldCipher.of(key));
        keyLock = new StoreKeyLock(keyFile, key);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private LockViewModel vm() {
        LockViewModel vm = new LockViewModel(Messages.indonesian(), keyLock, clock, background, Runnable::run, IDLE);
        vm.setBeforeLock(() -> () -> {
            store.saveDraft(complaintId, ActionType.NOTE, "Sedang kami cek ke lapangan.");
            events.add("draft saved");
        });
        vm.setAfterUnlock(() -> events.add("restored"));
        return vm;
    }

    @Test
    void locksAfterTheIdleTimeAndEveryKeyOrMouseEventStartsItAgain() {
        LockViewModel vm = vm();
        vm.activate();
        clock.advance(Duration.ofMinutes(9));
        vm.activity();
        clock.advance(Duration.ofMinutes(9));
        assertThat(vm.lockedProperty().get()).as("9 minutes after the last event").isFalse();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(vm.lockedProperty().get()).as("10 minutes after the last event").isTrue();
        background.runAll();
        assertThat(events).containsExactly("draft saved", "key dropped");
        assertThat(store.isLocked()).isTrue();
        assertThatThrownBy(() -> store.draft(complaintId, ActionType.NOTE)).isInstanceOf(StoreLockedException.class);
        assertThat(clock.pending()).as("no timer while locked").isZero();
    }

    @Test
    void anotherIdleTimeCountsFromNowAndIsKept() {
        LockViewModel vm = vm();
        List<Duration> kept = new ArrayList<>();
        vm.setOnIdleChanged(kept::add);
        vm.activate();
        clock.advance(Duration.ofMinutes(4));
        vm.setIdle(Duration.ofMinutes(5));
        assertThat(kept).containsExactly(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(vm.lockedProperty().get()).as("4:59 after the change").isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(vm.lockedProperty().get()).as("5 minutes after the change").isTrue();
        vm.setIdle(Duration.ofMinutes(5));
        assertThat(kept).as("the same choice again changes nothing").hasSize(1);
        assertThatThrownBy(() -> vm.setIdle(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lockOnDemandThenAWrongPasswordStaysLockedAndTheRightOneRestores() {
        LockViewModel vm = vm();
        vm.activate();
        vm.lock();
        assertThat(vm.lockedProperty().get()).isTrue();
        background.runAll();
        assertThat(store.isLocked()).isTrue();

        char[] wrong = "salah-sekali".toCharArray();
        assertThat(vm.unlock(wrong)).isTrue();
        assertThat(vm.busyProperty().get()).isTrue();
        background.runAll();
        assertThat(vm.lockedProperty().get()).isTrue();
        assertThat(vm.errorProperty().get()).isEqualTo("Kata sandi salah. Aplikasi tetap terkunci.");
        assertThat(new String(wrong)).isEqualTo("\0".repeat(12));
        assertThat(store.isLocked()).isTrue();

        assertThat(vm.unlock(new char[0])).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("Masukkan kata sandi untuk membuka kunci.");

        char[] right = PASSWORD.clone();
        vm.unlock(right);
        background.runAll();
        assertThat(vm.lockedProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(new String(right)).isEqualTo("\0".repeat(PASSWORD.length));
        assertThat(events).containsExactly("draft saved", "key dropped", "restored");
        assertThat(store.draft(complaintId, ActionType.NOTE)).get()
                .extracting(d -> d.text()).isEqualTo("Sedang kami cek ke lapangan.");

        // The idle timer runs again from the unlock.
        clock.advance(IDLE.minusSeconds(1));
        assertThat(vm.lockedProperty().get()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(vm.lockedProperty().get()).isTrue();
    }

    @Test
    void lockingTwiceDropsTheKeyOnceAndADeactivatedDeskNeverLocksByItself() {
        LockViewModel vm = vm();
        vm.activate();
        vm.lock();
        vm.lock();
        background.runAll();
        assertThat(events).containsExactly("draft saved", "key dropped");

        LockViewModel closed = vm();
        closed.activate();
        closed.deactivate();
        clock.advance(Duration.ofHours(1));
        assertThat(closed.lockedProperty().get()).isFalse();
    }

    @Test
    void theIdleTimeComesFromTheSettingsWithTenMinutesByDefault() {
        assertThat(id.penghubung.ui.common.Settings.defaults().idleLock()).isEqualTo(Duration.ofMinutes(10));
        assertThat(id.penghubung.ui.common.Settings.defaults().withIdleLockMinutes(15).idleLock())
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(id.penghubung.ui.common.Settings.defaults().withIdleLockMinutes(0).idleLock())
                .as("absent in an older settings file").isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void wrongPasswordsSlowTheNextTryDownZeroZeroOneTwoFourEightUpToThirtySecondsShownToTheOfficer() {
        LockViewModel vm = vm();
        vm.activate();
        vm.lock();
        background.runAll();

        // Attempts 1 and 2 fail without a pause; from the 3rd on the wait doubles, capped at 30 s.
        List<Long> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 9; attempt++) {
            assertThat(vm.unlock("salah".toCharArray())).as("attempt %d is tried", attempt).isTrue();
            background.runAll();
            long seconds = vm.retryWait().toSeconds();
            waits.add(seconds);
            if (seconds > 0) {
                assertThat(vm.errorProperty().get()).isEqualTo(
                        "Kata sandi salah. Coba lagi dalam " + seconds + " detik.");
                assertThat(vm.waitingProperty().get()).isTrue();
                // Before the wait is over, nothing is tried: not even the right password.
                clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
                char[] early = PASSWORD.clone();
                assertThat(vm.unlock(early)).isFalse();
                assertThat(new String(early)).as("wiped even when refused").isEqualTo("\0".repeat(PASSWORD.length));
                assertThat(vm.lockedProperty().get()).isTrue();
                assertThat(vm.errorProperty().get()).startsWith("Tunggu ");
                clock.advance(Duration.ofMillis(1));
                assertThat(vm.waitingProperty().get()).isFalse();
            } else {
                assertThat(vm.errorProperty().get()).isEqualTo("Kata sandi salah. Aplikasi tetap terkunci.");
            }
        }
        assertThat(waits).containsExactly(0L, 0L, 1L, 2L, 4L, 8L, 16L, 30L, 30L);

        // The right password opens it and the count starts again.
        vm.unlock(PASSWORD.clone());
        background.runAll();
        assertThat(vm.lockedProperty().get()).isFalse();
        vm.lock();
        background.runAll();
        vm.unlock("salah".toCharArray());
        background.runAll();
        assertThat(vm.retryWait()).isEqualTo(Duration.ZERO);
    }

    @Test
    void anIdleTimeFromAnEditedSettingsFileIsClampedToTheOffer() throws Exception {
        var defaults = id.penghubung.ui.common.Settings.defaults();
        assertThat(defaults.withIdleLockMinutes(999_999).idleLock()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.withIdleLockMinutes(Integer.MAX_VALUE).idleLock()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.withIdleLockMinutes(-5).idleLock()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.withIdleLockMinutes(1).idleLock()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.withIdleLockMinutes(20).idleLock()).as("never longer than asked").isEqualTo(Duration.ofMinutes(15));
        for (int m : LockViewModel.IDLE_CHOICES_MINUTES) {
            assertThat(defaults.withIdleLockMinutes(m).idleLock()).isEqualTo(Duration.ofMinutes(m));
        }

        // A hostile settings.json on disk: loaded, the value is one of the offered choices.
        java.nio.file.Files.writeString(dir.resolve("settings.json"), java.nio.file.Files.readString(
                writeDefaults()).replaceAll("\"idleLockMinutes\"\\s*:\\s*\\d+", "\"idleLockMinutes\" : 999999"));
        var loaded = new id.penghubung.ui.common.SettingsFile(dir, Runnable::run).load();
        assertThat(loaded.idleLockMinutes()).isEqualTo(30);
        assertThat(loaded.idleLock()).isEqualTo(Duration.ofMinutes(30));
    }

    private Path writeDefaults() {
        var file = new id.penghubung.ui.common.SettingsFile(dir, Runnable::run);
        file.saveNow(id.penghubung.ui.common.Settings.defaults());
        return file.path();
    }
}
