package id.penghubung.central;

import id.penghubung.model.Role;
import id.penghubung.protocol.UserInfo;
import java.util.Optional;

/** The authenticated caller of a request. */
record Principal(String userId, String name, Role role, Optional<String> agencyId, Optional<String> regionId) {
    UserInfo info() {
        return new UserInfo(userId, name, role, agencyId.orElse(null), regionId.orElse(null));
    }
}
