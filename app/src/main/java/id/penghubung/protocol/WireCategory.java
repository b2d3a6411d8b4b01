package id.penghubung.protocol;

/** A complaint's category; parentId is null for a root category. */
public record WireCategory(String id, String name, String parentId) {
}
