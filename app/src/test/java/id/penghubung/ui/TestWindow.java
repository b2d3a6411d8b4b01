package id.penghubung.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A test's own window on the JavaFX toolkit, for tests that measure a few controls with the desk's styles rather than
 * drive the desk: the toolkit is started once for the class, {@link #show} opens a window on the FX thread, and the
 * windows it opened are closed after each test. Register it as {@code @RegisterExtension static final TestWindow WINDOW}.
 */
public final class TestWindow implements BeforeAllCallback, AfterEachCallback {
    private final List<Stage> shown = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Shows the scene in a new window; call on the FX thread. */
    public void show(Scene scene) {
        Stage stage = new Stage();
        stage.setScene(scene);
        shown.add(stage);
        stage.show();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        List<Stage> toClose = List.copyOf(shown);
        shown.clear();
        WaitForAsyncUtils.asyncFx(() -> toClose.forEach(Stage::close)).get(30, TimeUnit.SECONDS);
    }
}
