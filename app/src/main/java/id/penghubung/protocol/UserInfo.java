package id.penghubung.protocol;

import id.penghubung.model.Role;

/** The logged-in account: an OFFICER has an agencyId, an OMBUDSMAN a regionId (a province id), an ADMIN neither. */
public record UserInfo(String id, String name, Role role, String agencyId, String regionId) {
}
