package id.penghubung.ui;

import id.penghubung.store.InboxRow;
import id.penghubung.ui.inbox.LazyRowList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desk, headless, on a real case store filled with synthetic complaints and no server.
 * Subclasses fill the store in their own {@code @BeforeAll} through {@link #openOn}.
 */
abstract class StoreDesk {
    @TempDir
    static Path shared;

    /** The store the desk opens: the filled one, or this test's own copy of it ({@link #useOwnCopy}). */
    private static volatile Path current;
    private static int copies;

    protected final FxRobot robot = new TypingRobot();
    protected PenghubungApp app;

    static Path store() {
        return current != null ? current : filled();
    }

    private static Path filled() {
        return shared.resolve("cases.sqlite");
    }

    /**
     * Gives the coming test its own copy of the filled store (the cache and its search index), so
     * what one test leaves behind, or breaks, cannot reach the next.
     */
    static void useOwnCopy() throws IOException {
        Path folder = Files.createDirectories(shared.resolve("test-" + ++copies));
        try (Stream<Path> files = Files.list(shared)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("cases.sqlite")).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        current = folder.resolve("cases.sqlite");
    }

    /** Fills the store and makes the application open its desk on it, at the fixture's clock. */
    static void openOn(int complaints) {
        current = null;
        DeskFixture.fill(store(), complaints);
        PenghubungApp.setClock(DeskFixture.CLOCK);
        PenghubungApp.setDeskOpener(ctx -> DeskFixture.parts(store()));
    }

    @AfterAll
    static void resetHooks() {
        PenghubungApp.resetHooks();
        current = null;
    }

    @AfterEach
    void close() throws Exception {
        closeApp();
    }

    /** Starts the application and waits until the inbox table is on screen. */
    protected void startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (PenghubungApp) FxToolkit.setupApplication(PenghubungApp.class, "--lang=id", "--data=" + shared.resolve("data"));
        // Looked up on the FX thread, then the FX events drained: a lookup from the test thread can meet the
        // window while the desk is still mounting it (a table found, then without a scene; seen with two test JVMs).
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#inboxTable").tryQuery().map(t -> t.getScene() != null).orElse(false)).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Un-maximises the desk's window to {@code width}×{@code height} (a laptop's screen) and returns it. */
    protected Stage windowAt(double width, double height) {
        Stage stage = (Stage) table().getScene().getWindow();
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        return stage;
    }

    protected void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupStages();
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    @SuppressWarnings("unchecked")
    protected TableView<LazyRowList.Line<InboxRow>> table() {
        return robot.lookup("#inboxTable").queryAs(TableView.class);
    }
}
