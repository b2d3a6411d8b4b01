package id.penghubung.archfixture.ui;

import javafx.scene.control.Label;

/** Deliberately broken: a view model that holds a node. */
public final class NodeHoldingViewModel {
    private Label label;

    public Label label() {
        return label;
    }
}
