package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxView;
import id.penghubung.ui.app.Desk;
import java.util.Arrays;
import java.util.List;
import id.penghubung.store.InboxRow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk end to end, headless, on a real case store filled with synthetic complaints: the inbox
 * fills, search finds by body word and by tracking ID, a draft survives closing the application,
 * a queued action shows in the outbox view and can be withdrawn. With the system property
 * {@code penghubung.screenshot.dir} (or the environment variable {@code PENGHUBUNG_SCREENSHOT_DIR}) set, it also writes PNG snapshots of the window there.
 */
class DeskTest extends StoreDesk {
    static final int COMPLAINTS = 3_000;
    /** The desk runs with --lang=id: expected texts come from the same bundle, by key. */
    private static final Messages TEXTS = Messages.indonesian();

    @BeforeAll
    static void fillStore() {
        openOn(COMPLAINTS);
        DeskFixture.mark(store());
    }

    /** Each test on its own copy of the filled store: one failure cannot cascade into the next. */
    @BeforeEach
    void ownStore() throws Exception {
        useOwnCopy();
    }

    private void start() throws Exception {
        startApp();
        waitForRows();
    }

    private void waitForRows() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !table().getItems().isEmpty() && !table().getItems().get(0).loading());
    }

    private InboxRow firstRow() {
        return table().getItems().get(0).row().orElseThrow();
    }

    private void search(String text) throws Exception {
        robot.clickOn("#search");
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).clear());
        // The last search's answer must be gone first: two searches of one result each look alike (the count
        // agrees with the rows before the new search has run), seen once the text was typed in one go.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resultCount").queryAs(Label.class).getText()
                .equals(TEXTS.get("ui.inbox.rowCount", table().getItems().size())));
        robot.write(text);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            // The count may say "N results" a moment before the rows are the search's: wait until they agree.
            String count = robot.lookup("#resultCount").queryAs(Label.class).getText();
            int rows = table().getItems().size();
            return rows > 0 && Arrays.stream(InboxView.values())
                    .anyMatch(v -> count.equals(TEXTS.get("ui.inbox.searchResults", rows, TEXTS.label(v))))
                    && !table().getItems().get(0).loading();
        });
    }

    /**
     * Searches a tracking number and waits for {@code c}'s row: the text is searched as it grows, and a shorter prefix
     * already answers with ten rows before the last digit's search has run (a search that never finds it times out).
     */
    private void searchNumber(String text, Complaint c) throws Exception {
        search(text);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table().getItems().isEmpty()
                && table().getItems().get(0).row().map(r -> r.trackingId().equals(c.trackingId())).orElse(false));
        assertThat(firstRow().trackingId()).isEqualTo(c.trackingId());
    }

    private void open(Complaint c) throws Exception {
        searchNumber(c.trackingId().value(), c);
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint())
                .map(x -> x.id().equals(c.id())).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void inboxFillsAndSearchFindsByBodyWordAndTrackingId() throws Exception {
        start();
        assertThat(table().getItems().size()).isGreaterThan(10);
        int followUp = app.mainWindow().orElseThrow().inbox().counts().get(id.penghubung.store.InboxView.NEEDS_FOLLOW_UP);
        assertThat(followUp).isEqualTo(table().getItems().size());
        snapshot("inbox");

        robot.clickOn("#view-ALL"); // a search stays in the view: the marked complaint may be in any
        search(DeskFixture.RARE_WORD);
        assertThat(table().getItems()).hasSize(1);
        assertThat(firstRow().id()).isEqualTo("c-" + DeskFixture.MARKED);

        Complaint c = DeskFixture.actionable(COMPLAINTS);
        searchNumber("#" + c.trackingId().value(), c);
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#detailTitle").queryAs(Label.class).getText().equals(c.title()));
        snapshot("detail");
    }

    @Test
    void draftSurvivesClosingTheApplication() throws Exception {
        Complaint c = DeskFixture.actionable(COMPLAINTS);
        start();
        open(c);
        robot.clickOn("#actionText");
        robot.write("Kami sudah meninjau lokasi");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#draftState").queryAs(Label.class).getText()
                        .startsWith(TEXTS.get("ui.action.draftSaved", "")));
        closeApp();

        start();
        open(c);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#actionText").queryAs(TextArea.class).getText().equals("Kami sudah meninjau lokasi"));
    }

    @Test
    void queuedActionAppearsInTheOutboxAndCanBeWithdrawn() throws Exception {
        Complaint c = DeskFixture.actionable(COMPLAINTS);
        start();
        open(c);
        robot.clickOn("#actionText");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        // Blank text: the validator's problem shows under the field and nothing is queued.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".field-error").queryAll().stream()
                .anyMatch(n -> n.isVisible() && !((Label) n).getText().isBlank()));
        snapshot("problem");

        robot.write("Laporan sudah kami teruskan ke dinas terkait.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog-0").tryQuery().isPresent());
        robot.clickOn("#confirmDialog-0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Arrays.stream(ActionType.values()).anyMatch(t -> robot.lookup("#actionResult").queryAs(Label.class)
                        .getText().equals(TEXTS.get("ui.action.queued", TEXTS.label(t)))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#count-OUTBOX").queryAs(Label.class).getText().equals("1"));

        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).clear());
        robot.clickOn("#view-OUTBOX");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 1
                && !table().getItems().get(0).loading() && firstRow().id().equals(c.id()));
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".withdraw").tryQuery().isPresent());
        assertThat(robot.lookup("#pending").queryAs(Label.class).getText()).startsWith("1 ");
        snapshot("outbox");

        robot.interact(() -> robot.lookup(".withdraw").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#count-OUTBOX").queryAs(Label.class).getText().equals("0"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().isEmpty());
        assertThat(robot.lookup(".withdraw").tryQuery()).isEmpty();
        // The withdrawn text is back in the editor.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actionText").queryAs(TextArea.class)
                .getText().equals("Laporan sudah kami teruskan ke dinas terkait."));
        robot.interact(() -> robot.lookup("#actionText").queryAs(TextArea.class).clear());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#draftState").queryAs(Label.class).getText().isEmpty());
    }

    /** Issue 15, "the sidebar adds up": the status views' counts on screen sum to "Semua", none missing. */
    @Test
    void theSidebarsStatusCountsOnScreenAddUpToAll() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#count-ALL").queryLabeled().getText().isBlank()
                && !robot.lookup("#count-ALL").queryLabeled().getText().equals("0"));
        WaitForAsyncUtils.waitForFxEvents();
        long sum = 0;
        for (InboxView view : InboxView.STATUS_VIEWS) {
            String shown = robot.lookup("#count-" + view.name()).queryLabeled().getText();
            assertThat(shown).as("the sidebar shows a count for %s", view).matches("[\\d.,]+");
            sum += Long.parseLong(shown.replaceAll("\\D", ""));
        }
        long all = Long.parseLong(robot.lookup("#count-ALL").queryLabeled().getText().replaceAll("\\D", ""));
        assertThat(all).isPositive();
        assertThat(sum).as("status views on screen add up to Semua").isEqualTo(all);
    }

    @Test
    void dashboardChartsTheCacheAndTheThemeSwitchesToDark() throws Exception {
        start();
        robot.clickOn("#showDashboard");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard").tryQuery().isPresent()
                && robot.lookup(".chart-bar").queryAll().size() > 5);
        WaitForAsyncUtils.waitForFxEvents();
        // One truth: the dashboard's tiles are the sidebar's own counts, and the backlog's bands add up to them.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#dashboard-tile-overdue").queryLabeled().getText().equals("0"));
        String sidebarOverdue = robot.lookup("#count-OVERDUE").queryLabeled().getText();
        assertThat(robot.lookup("#dashboard-tile-overdue").queryLabeled().getText()).isEqualTo(sidebarOverdue);
        assertThat(robot.lookup("#dashboard-tile-soon").queryLabeled().getText())
                .isEqualTo(robot.lookup("#count-DUE_SOON").queryLabeled().getText());
        javafx.scene.chart.BarChart<?, ?> ageing = robot.lookup("#dashboard-ageing").queryAs(javafx.scene.chart.BarChart.class);
        int banded = ageing.getData().stream().flatMap(series -> series.getData().stream())
                .mapToInt(d -> ((Number) d.getXValue()).intValue()).sum(); // horizontal bars: the count on X
        assertThat(banded).isEqualTo(Integer.parseInt(sidebarOverdue.replaceAll("\\D", "")));
        snapshot("dashboard");

        robot.clickOn("#toggleTheme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#mainWindow").query().getScene().getRoot().getStyleClass()).contains("dark");
        robot.clickOn("#showDashboard");
        waitForRows();
        snapshot("dark");

        // The view already chosen, clicked in the sidebar, leaves the dashboard for its inbox.
        robot.clickOn("#showDashboard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dashboard").tryQuery().isPresent());
        robot.clickOn(".sidebar-item:current");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dashboard").tryQuery().isEmpty()
                && robot.lookup("#inboxTable").tryQuery().isPresent());
        robot.clickOn("#toggleTheme"); // back to light for the next start
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aConflictShowsWhatChangedAndIsResolvedByResending() throws Exception {
        Complaint c = DeskFixture.actionable(COMPLAINTS);
        java.util.UUID actionId;
        Desk.Parts parts = DeskFixture.parts(store());
        try {
            CaseStore s = parts.store();
            actionId = s.enqueue(c.id(), c.version(), new id.penghubung.model.action.Respond("Jawaban lama", List.of()))
                    .actionId();
            s.markSending(actionId);
            String answer = "{\"complaint\":{\"id\":\"" + c.id() + "\",\"version\":" + (c.version() + 1)
                    + ",\"title\":\"" + c.title().replace("\"", "") + "\",\"status\":\"PROSES\","
                    + "\"unit\":{\"id\":\"unit-3\",\"name\":\"Bidang 4\"},"
                    + "\"events\":[{\"id\":\"ev-new\",\"type\":\"RESPONDED\",\"actor\":{\"name\":\"Unit Bidang 4\"},"
                    + "\"text\":\"Sudah ditangani unit.\"}]}}";
            s.markConflict(actionId, answer);
        } finally {
            parts.store().close();
        }
        start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#count-CONFLICTS").queryAs(Label.class).getText().equals("1"));
        robot.clickOn("#view-CONFLICTS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 1
                && !table().getItems().get(0).loading());
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".resend").tryQuery().isPresent());
        snapshot("conflict");

        id.penghubung.ui.detail.DetailViewModel detail = app.mainWindow().orElseThrow().detail();
        id.penghubung.ui.detail.ConflictDiff diff = detail.diff(detail.outbox().get(0));
        assertThat(diff.serverVersion()).isEqualTo(c.version() + 1);
        assertThat(diff.rows()).anySatisfy(r -> {
            assertThat(r.changed()).isTrue();
            assertThat(r.server()).isEqualTo("Bidang 4");
        });
        assertThat(diff.newEvents()).singleElement().asString().contains("Sudah ditangani unit.");

        robot.interact(() -> robot.lookup(".resend").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#count-CONFLICTS").queryAs(Label.class).getText().equals("0")
                        && robot.lookup("#count-OUTBOX").queryAs(Label.class).getText().equals("1"));
        closeApp();
        try (CaseStore s = DeskFixture.parts(store()).store()) {
            id.penghubung.store.OutboxEntry e = s.outboxEntry(actionId).orElseThrow();
            assertThat(e.state()).isEqualTo(id.penghubung.store.OutboxState.PENDING);
            assertThat(e.baseVersion()).isEqualTo(c.version() + 1);
        }
    }

    /** Writes the window to {@code <penghubung.screenshot.dir>/<name>.png} when that property is set. */
    private void snapshot(String name) throws Exception {
        String dir = System.getProperty("penghubung.screenshot.dir", System.getenv("PENGHUBUNG_SCREENSHOT_DIR"));
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = robot.lookup("#mainWindow").query().getScene();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        Files.createDirectories(Path.of(dir));
        ImageIO.write(png, "png", Path.of(dir, name + ".png").toFile());
    }
}
