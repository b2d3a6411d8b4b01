package id.penghubung.ui.inbox;

import java.util.Objects;

/** A choice in a filter list (a category or a unit): its id and the name shown. */
public record Facet(String id, String name) {
    public Facet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name;
    }
}
