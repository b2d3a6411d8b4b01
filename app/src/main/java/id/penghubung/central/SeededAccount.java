package id.penghubung.central;

import id.penghubung.model.Role;
import java.util.Optional;

/** An account of the seeded world, with its training password (printed at start, training server only). */
public record SeededAccount(String username, String password, Role role, String name, Optional<String> agencyId, Optional<String> regionId) {
}
