package id.penghubung.ui;

import id.penghubung.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The main window's content: a plain-Java view that only lays out what its model says. */
public final class MainWindow {
    private final BorderPane root = new BorderPane();

    public MainWindow(Messages messages) {
        Label welcome = new Label(messages.get("main.welcome"));
        welcome.setId("welcome");
        root.setPadding(new Insets(24));
        root.setCenter(welcome);
    }

    public Parent root() {
        return root;
    }
}
