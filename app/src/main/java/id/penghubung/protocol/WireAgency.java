package id.penghubung.protocol;

/** An institution (K/L/D or OPD). */
public record WireAgency(String id, String name) {
}
