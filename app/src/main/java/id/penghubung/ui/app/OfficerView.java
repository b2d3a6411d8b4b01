package id.penghubung.ui.app;

import id.penghubung.ui.common.ViewSubscriptions;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Who is signed in, under the sidebar's tools: the account's name, then its institution. */
final class OfficerView {
    private final ReadOnlyStringProperty name;
    private final ReadOnlyStringProperty institution;
    private final Label nameLabel = new Label();
    private final Label institutionLabel = new Label();
    private final VBox root = new VBox(2, nameLabel, institutionLabel);
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();

    OfficerView(ReadOnlyStringProperty name, ReadOnlyStringProperty institution) {
        this.name = name;
        this.institution = institution;
        nameLabel.setId("officerName");
        nameLabel.getStyleClass().add("officer-name");
        nameLabel.setWrapText(true);
        institutionLabel.setId("officerInstitution");
        institutionLabel.getStyleClass().add("status-text");
        institutionLabel.setWrapText(true);
        root.setId("officer");
        root.getStyleClass().add("officer");
    }

    void activate() {
        subscriptions.bind(nameLabel.textProperty(), name);
        subscriptions.bind(institutionLabel.textProperty(), institution);
    }

    void deactivate() {
        subscriptions.dispose();
    }

    Node root() {
        return root;
    }
}
