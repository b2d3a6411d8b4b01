package id.penghubung.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxSort;
import id.penghubung.store.InboxView;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.common.QueuedExecutor;
import id.penghubung.ui.inbox.StoreInboxData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's wiring without the toolkit, on a real case store: the coordinator connects the view
 * models, tells the window what to show, lets go of everything on deactivate, and carries the
 * officer's place and typed text into a desk in the other language.
 */
class DeskCoordinatorTest {
    @TempDir
    static Path dir;
    static Background background;
    static Desk desk;

    private final QueuedExecutor fx = new QueuedExecutor();
    private final RecordingScreen screen = new RecordingScreen();
    private final List<DeskCoordinator> active = new ArrayList<>();

    /** What the window was told, in order. */
    static final class RecordingScreen implements DeskCoordinator.Screen {
        final List<String> calls = new ArrayList<>();

        @Override
        public void showEditor(boolean show) {
            calls.add("editor " + show);
        }

        @Override
        public void placeDashboard(boolean show) {
            calls.add("dashboard " + show);
        }

        @Override
        public void notify(Notices.Notice notice) {
            calls.add("notice " + notice.title());
        }
    }

    @BeforeAll
    static void open() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 200);
        background = new Background();
        desk = new Desk(Messages.indonesian(), DeskFixture.parts(file), background, DeskFixture.CLOCK);
    }

    @AfterAll
    static void close() {
        background.close();
        desk.close();
    }

    @AfterEach
    void deactivate() {
        active.forEach(DeskCoordinator::deactivate);
    }

    private DeskCoordinator coordinator(String lang, DeskCoordinator.Screen to) {
        DeskCoordinator c = new DeskCoordinator(desk, Messages.of(Locale.of(lang)), fx, to);
        c.activate();
        active.add(c);
        return c;
    }

    private InboxRow actionableRow() {
        String id = DeskFixture.actionable(200).id();
        Instant now = DeskFixture.NOW;
        return new StoreInboxData(desk.store(), desk.queries()).page(InboxQuery.of(InboxView.ALL, now, now), 0, 200)
                .stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** Runs the desk's UI tasks until {@code done}, the store work running on its own threads meanwhile. */
    private void until(BooleanSupplier done) throws TimeoutException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            fx.runAll();
            if (done.getAsBoolean()) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
        }
        throw new TimeoutException("the desk did not get there");
    }

    /** Lets every store task queued so far finish (both io threads pass a barrier), then the UI tasks, twice. */
    private void settle() throws Exception {
        for (int round = 0; round < 2; round++) {
            CyclicBarrier barrier = new CyclicBarrier(3);
            Runnable await = () -> {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            background.io().execute(await);
            background.io().execute(await);
            barrier.await(10, TimeUnit.SECONDS);
            fx.runAll();
        }
    }

    @Test
    void aSelectedRowOpensItsComplaintAndTheActionForm() throws Exception {
        DeskCoordinator c = coordinator("id", screen);
        assertThat(screen.calls).containsExactly("editor false");
        InboxRow row = actionableRow();

        c.inbox().selectedProperty().set(row);
        until(() -> c.action().complaintProperty().get() != null);

        assertThat(c.detail().complaintProperty().get().id()).isEqualTo(row.id());
        assertThat(c.action().complaintProperty().get().id()).isEqualTo(row.id());
        assertThat(screen.calls).containsExactly("editor false", "editor true");
    }

    @Test
    void anotherViewPutsTheInboxBackInPlaceOfTheDashboard() {
        DeskCoordinator c = coordinator("id", screen);
        c.showDashboard(true);
        c.showDashboard(true); // already there: the window is not told twice

        c.inbox().viewProperty().set(InboxView.OVERDUE);

        assertThat(c.dashboardShown()).isFalse();
        assertThat(screen.calls).containsExactly("editor false", "dashboard true", "dashboard false");
    }

    @Test
    void afterDeactivateTheViewModelsNoLongerDriveEachOtherOrTheWindow() throws Exception {
        DeskCoordinator c = coordinator("id", screen);
        c.showDashboard(true);
        c.deactivate();
        active.remove(c);
        screen.calls.clear();

        c.inbox().viewProperty().set(InboxView.OVERDUE);
        c.inbox().selectedProperty().set(actionableRow());
        settle();

        assertThat(screen.calls).isEmpty();
        assertThat(c.dashboardShown()).isTrue();
        assertThat(c.detail().complaintProperty().get()).isNull();
    }

    @Test
    void theOtherLanguageDeskOpensWhereTheOfficerWasWithTheTypedTextKept() throws Exception {
        DeskCoordinator before = coordinator("id", screen);
        before.inbox().viewProperty().set(InboxView.ALL);
        before.inbox().sortProperty().set(InboxSort.SUBMITTED);
        before.inbox().searchTextProperty().set("jalan");
        InboxRow row = actionableRow();
        before.inbox().selectedProperty().set(row);
        until(() -> before.action().complaintProperty().get() != null);
        before.action().typeProperty().set(ActionType.NOTE);
        before.action().textProperty().set("Sudah dicek ke lokasi, menunggu jadwal perbaikan.");
        DeskState state = before.capture();
        before.deactivate();
        active.remove(before);

        RecordingScreen next = new RecordingScreen();
        DeskCoordinator after = coordinator("en", next);
        after.restore(state);
        until(() -> row.id().equals(after.action().complaintProperty().get() == null ? null
                : after.action().complaintProperty().get().id()));
        fx.runAll();

        assertThat(after.messages().locale().getLanguage()).isEqualTo("en");
        assertThat(after.inbox().viewProperty().get()).isEqualTo(InboxView.ALL);
        assertThat(after.inbox().sortProperty().get()).isEqualTo(InboxSort.SUBMITTED);
        assertThat(after.inbox().searchTextProperty().get()).isEqualTo("jalan");
        assertThat(after.action().typeProperty().get()).isEqualTo(ActionType.NOTE);
        assertThat(after.action().textProperty().get()).isEqualTo("Sudah dicek ke lokasi, menunggu jadwal perbaikan.");
        assertThat(next.calls).containsExactly("editor false", "editor true");
    }
}
