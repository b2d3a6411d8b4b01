package id.penghubung.archfixture.model;

import id.penghubung.archfixture.store.UpwardStore;
import java.sql.Connection;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Deliberately broken: a model class with a database connection, a JavaFX property and an upward dependency. */
public final class ForbiddenModel {
    private final StringProperty title = new SimpleStringProperty();

    public Connection connection(UpwardStore store) {
        title.set("x");
        return store.connection();
    }
}
