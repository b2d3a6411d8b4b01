package id.penghubung.protocol;

/** {@code POST /api/v1/admin/complaints/{id}/redirect}: move the report to another agency. */
public record AdminRedirectRequest(String agencyId, String reason) {
}
