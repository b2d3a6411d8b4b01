package id.penghubung.model;

import java.util.Objects;
import java.util.Optional;

/** A node of the category tree (e.g. Kesehatan › BPJS Kesehatan). */
public record Category(String id, String name, Optional<String> parentId) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentId, "parentId");
    }

    public static Category root(String id, String name) {
        return new Category(id, name, Optional.empty());
    }
}
