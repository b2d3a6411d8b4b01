package id.penghubung.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX Primer, light or dark, plus the desk's own stylesheet. */
public final class Theme {
    public static final String STYLESHEET = "/penghubung/css/penghubung.css";

    private Theme() {
    }

    /** Switches the whole application; safe to call again while running. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds our stylesheet to a scene, and marks the root so the stylesheet can tell light from dark. */
    public static void style(Scene scene, boolean dark) {
        String css = Objects.requireNonNull(Theme.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove("dark");
            if (dark) {
                scene.getRoot().getStyleClass().add("dark");
            }
        }
    }
}
