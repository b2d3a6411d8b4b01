package id.penghubung.protocol;

import java.time.Instant;

/**
 * Where, when and why a complaint was redirected away from the agency receiving this copy: present
 * only on the last version that agency receives (status {@code DIALIHKAN}).
 */
public record WireRedirect(WireAgency redirectedTo, Instant redirectedAt, String reason) {
}
