package id.penghubung.model;

/** How one complaint is linked to another (issue 17: duplikasi penanganan). */
public enum LinkRelation {
    /** About the same matter; each complaint is handled and answered on its own. */
    RELATED,
    /** The same complaint filed again; the one it names is handled and answered. */
    DUPLICATE_OF
}
