package id.penghubung.model;

import java.util.Objects;

/** An internal unit of an agency that a report can be disposed to. */
public record UnitRef(String id, String agencyId, String name) {
    public UnitRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(name, "name");
    }
}
