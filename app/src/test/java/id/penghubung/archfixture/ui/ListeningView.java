package id.penghubung.archfixture.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;

/** Part of the broken fixture: a view whose constructor (through its own method) listens to its model for ever. */
public final class ListeningView {
    private final Label label = new Label();

    public ListeningView(StringProperty model) {
        build(model);
    }

    private void build(StringProperty model) {
        model.addListener((o, a, b) -> label.setText(b));
    }

    public static ListeningView sample() {
        return new ListeningView(new SimpleStringProperty());
    }
}
