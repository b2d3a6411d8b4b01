package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application class, headless, and looks at its main window. */
class MainWindowTest {
    private final FxRobot robot = new FxRobot();

    private javafx.application.Application application;

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
    }

    @ParameterizedTest
    @CsvSource({"id, Selamat datang di Penghubung.", "en, Welcome to Penghubung."})
    void mainWindowIsTitledWithTheProductNameInEveryLanguage(String lang, String welcome) throws Exception {
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(PenghubungApp.class, "--lang=" + lang);
        WaitForAsyncUtils.waitForFxEvents();

        List<Window> windows = robot.listWindows();
        assertThat(windows).filteredOn(Window::isShowing).hasSize(1);
        Stage stage = (Stage) windows.stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(stage.getTitle()).startsWith(PenghubungApp.PRODUCT_NAME);
        assertThat(robot.lookup("#welcome").queryAs(Label.class).getText()).isEqualTo(welcome);
    }

    @Test
    void productNameIsPenghubung() {
        assertThat(PenghubungApp.PRODUCT_NAME).isEqualTo("Penghubung");
    }
}
