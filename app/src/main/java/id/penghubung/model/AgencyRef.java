package id.penghubung.model;

import java.util.Objects;

/** An institution connected to SP4N-LAPOR! (K/L/D or OPD). */
public record AgencyRef(String id, String name) {
    public AgencyRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
