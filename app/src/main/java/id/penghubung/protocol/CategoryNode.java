package id.penghubung.protocol;

import java.util.List;

/** A node of the category tree in the reference data. */
public record CategoryNode(String id, String name, List<CategoryNode> children) {
    public CategoryNode {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
