package id.penghubung.model.action;

import id.penghubung.model.Role;
import java.util.Objects;
import java.util.Optional;

/** The signed-in account an action is validated for; an officer belongs to one agency. */
public record ActingAccount(String userId, String displayName, Role role, Optional<String> agencyId) {
    public ActingAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(agencyId, "agencyId");
    }
}
