package id.penghubung.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.MovedDeadline;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.sync.SyncControl;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: when the server's new calendar or policy moved deadlines, the desk says which — tracking
 * number, which deadline, old and new day — once, after the sync that brought the rules.
 */
class MovedDeadlinesNoticeTest {
    private static final LocalDate DAY = LocalDate.parse("2027-03-09");

    @TempDir
    Path dir;

    private static MovedDeadline moved(int n) {
        return new MovedDeadline("c-" + n, "LAP-" + n, DeadlineKind.FOLLOW_UP, DAY, DAY.plusDays(1));
    }

    @Test
    void theNoticeNamesEachMovedDeadlineByTrackingNumberKindAndDays() {
        Notices.Notice notice = MovedDeadlinesNotice.of(Messages.indonesian(), List.of(moved(1),
                new MovedDeadline("c-2", "LAP-2", DeadlineKind.COMPLETION, DAY, DAY.plusDays(3)))).orElseThrow();
        assertThat(notice.title()).isEqualTo("Tenggat bergeser");
        assertThat(notice.text()).startsWith("2 tenggat bergeser karena kalender atau aturan baru dari server:")
                .contains("#LAP-1 Tindak lanjut 9 Mar 2027 → 10 Mar 2027")
                .contains("#LAP-2 Penyelesaian 9 Mar 2027 → 12 Mar 2027");
        Notices.Notice english = MovedDeadlinesNotice.of(Messages.of(Locale.ENGLISH), List.of(moved(1))).orElseThrow();
        assertThat(english.title()).isEqualTo("Deadlines moved");
        assertThat(english.text()).startsWith("1 deadline moved");
        assertThat(MovedDeadlinesNotice.of(Messages.indonesian(), List.of())).isEmpty();
    }

    @Test
    void manyMovesAreCountedAfterTheFirstFew() {
        List<MovedDeadline> many = IntStream.range(0, 12).mapToObj(MovedDeadlinesNoticeTest::moved).toList();
        String text = MovedDeadlinesNotice.of(Messages.indonesian(), many).orElseThrow().text();
        assertThat(text).contains("#LAP-" + (Notices.SHOWN_IDS - 1)).doesNotContain("#LAP-" + Notices.SHOWN_IDS + " ")
                .endsWith("dan " + (12 - Notices.SHOWN_IDS) + " lainnya.");
    }

    @Test
    void theDeskTellsTheMovesOnceAfterTheSyncThatBroughtThem() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 50);
        List<MovedDeadline> pending = new ArrayList<>(List.of(moved(7)));
        Desk.Parts fixture = DeskFixture.parts(file);
        SyncControl moving = new SyncControl() {
            @Override
            public void syncNow() {
                // The test calls the coordinator's end of sync itself.
            }

            @Override
            public SyncControl.SyncStatus status() {
                return SyncControl.SyncStatus.OFFLINE;
            }

            @Override
            public Runnable onStatus(Consumer<SyncControl.SyncStatus> listener) {
                return () -> { };
            }

            @Override
            public List<MovedDeadline> takeMovedDeadlines() {
                List<MovedDeadline> taken = List.copyOf(pending);
                pending.clear();
                return taken;
            }
        };
        List<Notices.Notice> told = new ArrayList<>();
        Executor now = Runnable::run;
        try (Background background = new Background();
                Desk desk = new Desk(Messages.indonesian(), new Desk.Parts(fixture.account(), fixture.store(), true, moving,
                        fixture.reference(), fixture.attachments()), background, DeskFixture.CLOCK)) {
            DeskCoordinator coordinator = new DeskCoordinator(desk, Messages.indonesian(), now, new DeskCoordinator.Screen() {
                @Override
                public void showEditor(boolean show) {
                    // not looked at here
                }

                @Override
                public void placeDashboard(boolean show) {
                    // not looked at here
                }

                @Override
                public void notify(Notices.Notice notice) {
                    told.add(notice);
                }
            });
            coordinator.syncFinished();
            coordinator.syncFinished();
            assertThat(told).filteredOn(n -> n.title().equals("Tenggat bergeser")).singleElement()
                    .satisfies(n -> assertThat(n.text()).contains("#LAP-7 Tindak lanjut"));
        }
    }
}
