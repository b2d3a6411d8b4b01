package id.penghubung.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;

/**
 * Starts the JavaFX desktop application and returns when its last window closes; throws
 * {@link DesktopUnavailableException} when the machine cannot show it (no display, no GTK 3).
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /** Store-only start: the desk on {@code <data>/cases.sqlite}, no sign-in and no sync. */
    public static void launch(Path dataDirectory, Locale locale) {
        try {
            Application.launch(PenghubungApp.class,
                    "--data=" + dataDirectory, "--lang=" + locale.getLanguage());
        } catch (RuntimeException | UnsatisfiedLinkError failure) {
            throw DesktopUnavailableException.recognise(failure)
                    .<RuntimeException>map(reason -> new DesktopUnavailableException(reason, failure))
                    .orElseGet(() -> failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure));
        }
    }

    /**
     * The normal start: the sign-in screen first (server address remembered, demo accounts listed
     * when given), then the desk on the signed-in account's cache with the sync engine running.
     */
    public static void launch(Path dataDirectory, Locale locale, PenghubungApp.SignInSetup signIn) {
        PenghubungApp.setSignIn(signIn);
        launch(dataDirectory, locale);
    }
}
