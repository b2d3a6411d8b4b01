package id.penghubung.ui;

import id.penghubung.i18n.Messages;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window and hands it its settings. */
public final class PenghubungApp extends Application {
    /** The product's name, the same in every language: the window title starts with it. */
    public static final String PRODUCT_NAME = "Penghubung";

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        Messages messages = Messages.of(Locale.of(named.getOrDefault("lang", "id")));
        MainWindow window = new MainWindow(messages);
        stage.setTitle(PRODUCT_NAME);
        stage.setScene(new Scene(window.root(), 1200, 760));
        stage.show();
    }
}
