package id.penghubung.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings survive a round trip (and a damaged file); deadline badges pick their colour by working days. */
class SettingsAndUrgencyTest {
    @TempDir
    Path dir;

    @Test
    void settingsRoundTripAndADamagedFileGivesTheDefaults() throws Exception {
        SettingsFile file = new SettingsFile(dir, Runnable::run);
        assertThat(file.load()).isEqualTo(Settings.defaults());
        Settings s = Settings.defaults().withWindow(10, 20, 1000, 700, true).withSplits(0.4, 0.7).withDark(true)
                .withLanguage("en").withServer("https://lapor.example", "penghubung");
        file.save(s);
        assertThat(new SettingsFile(dir, Runnable::run).load()).isEqualTo(s);
        assertThat(Files.readString(file.path())).doesNotContain("password");

        Files.writeString(file.path(), "{ not json");
        assertThat(file.load()).isEqualTo(Settings.defaults());
    }

    /**
     * A file from an older release or edited by hand: what it lacks, or holds with the wrong type, keeps the default;
     * what the desk does not know is ignored; a window never placed (NaN, written as "NaN") stays unplaced.
     */
    @Test
    void anOlderOrHandEditedFileKeepsTheDefaultsForWhatItLacks() throws Exception {
        SettingsFile file = new SettingsFile(dir, Runnable::run);
        file.saveNow(Settings.defaults());
        assertThat(Files.readString(file.path())).contains("\"NaN\"");
        assertThat(file.load()).isEqualTo(Settings.defaults());

        Files.writeString(file.path(), """
                {"width": 1200, "height": "tall", "dark": true, "language": 7, "lastUser": "penghubung",
                 "idleLockMinutes": 12, "futureSetting": {"a": [1, 2]}}
                """);
        assertThat(file.load()).isEqualTo(Settings.defaults().withWindow(Double.NaN, Double.NaN, 1200, 880, false)
                .withDark(true).withServer("", "penghubung").withIdleLockMinutes(10));

        Files.writeString(file.path(), "[1, 2, 3]");
        assertThat(file.load()).isEqualTo(Settings.defaults());
    }

    /**
     * Only a language, as an IT person might write it for a PC: the window keeps its default size. The release before
     * read the missing size as 0 x 0 and the desk failed at start ("Exception in Application start method").
     */
    @Test
    void aFileWithOnlyALanguageKeepsTheWindowsDefaultSize() throws Exception {
        SettingsFile file = new SettingsFile(dir, Runnable::run);
        Files.writeString(file.path(), "{\"language\": \"en\"}");
        assertThat(file.load()).isEqualTo(Settings.defaults().withLanguage("en"));
    }

    /** Two saves whose writes run in the opposite order (the writer pool has two threads): the last save wins. */
    @Test
    void theLastSaveWinsWhateverOrderTheWritesRunIn() {
        List<Runnable> tasks = new ArrayList<>();
        SettingsFile file = new SettingsFile(dir, tasks::add);
        Settings older = Settings.defaults().withDark(false).withLanguage("id");
        Settings newer = Settings.defaults().withDark(true).withLanguage("en");
        file.save(older);
        file.save(newer);
        tasks.get(1).run();
        tasks.get(0).run();
        assertThat(new SettingsFile(dir, Runnable::run).load()).isEqualTo(newer);
    }

    /** Plain weekdays: Monday to Friday count; enough for the colour rule. */
    private static final WorkingDays WEEKDAYS = new WorkingDays() {
        @Override
        public int left(Instant now, Instant dueAt) {
            return (int) Duration.between(now, dueAt).toDays();
        }

        @Override
        public Instant add(Instant from, int days) {
            return from.plus(Duration.ofDays(days));
        }
    };

    @Test
    void badgesAreRedAmberGreenOrGrey() {
        Instant now = Instant.parse("2026-03-02T03:00:00Z");
        assertThat(Urgency.of(Optional.of(now.minus(Duration.ofDays(3))), now, WEEKDAYS).urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(Urgency.of(Optional.of(now.plus(Duration.ofDays(2))), now, WEEKDAYS))
                .isEqualTo(new Urgency.Badge(Urgency.SOON, 2));
        assertThat(Urgency.of(Optional.of(now.plus(Duration.ofDays(6))), now, WEEKDAYS).urgency()).isEqualTo(Urgency.OK);
        assertThat(Urgency.of(Optional.empty(), now, WEEKDAYS).urgency()).isEqualTo(Urgency.STOPPED);
        assertThat(Urgency.of(Optional.of(now.minus(Duration.ofDays(3))), now, WEEKDAYS).key()).isEqualTo("deadline.late");
    }

    @Test
    void debouncerRunsTheFirstKeyAtOnceAndTheLastOfABurstOnce() {
        ManualScheduler scheduler = new ManualScheduler();
        Debouncer d = new Debouncer(scheduler, Duration.ofMillis(100));
        StringBuilder ran = new StringBuilder();
        d.trigger(() -> ran.append('a'));
        scheduler.advance(Duration.ofMillis(10));
        d.trigger(() -> ran.append('b'));
        scheduler.advance(Duration.ofMillis(10));
        d.trigger(() -> ran.append('c'));
        assertThat(ran).hasToString("a");
        scheduler.advance(Duration.ofMillis(100));
        assertThat(ran).hasToString("ac");
        d.triggerTrailing(() -> ran.append('d'));
        assertThat(ran).hasToString("ac");
        scheduler.advance(Duration.ofMillis(100));
        assertThat(ran).hasToString("acd");
    }
}
