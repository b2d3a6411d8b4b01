package id.penghubung.protocol;

/** An internal unit of an agency. */
public record WireUnit(String id, String agencyId, String name) {
}
