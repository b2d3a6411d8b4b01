package id.penghubung.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;

/** Starts the JavaFX desktop application and returns when its last window closes. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(Path dataDirectory, Locale locale) {
        Application.launch(PenghubungApp.class,
                "--data=" + dataDirectory, "--lang=" + locale.getLanguage());
    }
}
