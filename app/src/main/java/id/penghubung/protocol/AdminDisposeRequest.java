package id.penghubung.protocol;

/**
 * {@code POST /api/v1/admin/complaints/{id}/dispose}: verify a new complaint and disposition it to
 * an agency (and optionally one of its units). anonymous/confidential, when not null, are set at
 * verification as LAPOR! admins do; making a report anonymous deletes the stored reporter.
 */
public record AdminDisposeRequest(String agencyId, String unitId, String note, Boolean anonymous, Boolean confidential) {
}
