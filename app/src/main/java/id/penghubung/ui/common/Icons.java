package id.penghubung.ui.common;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icon buttons that still speak: every icon-only button gets an accessible text and a tooltip. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("ph-icon");
        return icon;
    }

    /** A button showing only an icon; {@code text} is read by screen readers and shown as a tooltip. */
    public static Button iconButton(Ikon ikon, String text) {
        Button b = new Button(text, icon(ikon));
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setAccessibleText(text);
        b.setAccessibleRole(AccessibleRole.BUTTON);
        b.setTooltip(new Tooltip(text));
        b.getStyleClass().addAll("button-icon", "flat");
        return b;
    }

    /** A button with an icon and its text. */
    public static Button button(Ikon ikon, String text) {
        Button b = new Button(text, icon(ikon));
        b.setAccessibleText(text);
        return b;
    }
}
