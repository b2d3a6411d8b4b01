package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.ui.common.Product;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application class, headless, on an empty data folder, and looks at its main window. */
class MainWindowTest {
    private final FxRobot robot = new FxRobot();

    private javafx.application.Application application;

    @TempDir
    Path data;

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
    }

    @ParameterizedTest
    @CsvSource({"id, Selamat datang di Penghubung., Perlu tindak lanjut",
        "en, Welcome to Penghubung., Needs follow-up"})
    void mainWindowIsTitledWithTheProductNameInEveryLanguage(String lang, String welcome, String firstView)
            throws Exception {
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(PenghubungApp.class, "--lang=" + lang, "--data=" + data);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detailMessage").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        List<Window> windows = robot.listWindows();
        assertThat(windows).filteredOn(Window::isShowing).hasSize(1);
        Stage stage = (Stage) windows.stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(stage.getTitle()).startsWith(Product.NAME);
        assertThat(robot.lookup("#detailMessage").queryAs(Label.class).getText()).isEqualTo(welcome);
        assertThat(robot.lookup("#view-NEEDS_FOLLOW_UP").queryButton().getAccessibleText()).startsWith(firstView);
    }

    @Test
    void productNameIsPenghubung() {
        assertThat(Product.NAME).isEqualTo("Penghubung");
    }
}
