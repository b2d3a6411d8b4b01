package id.penghubung.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A complaint the LAPOR! admin redirected away from this agency: to whom, when and why. The agency
 * keeps its last copy read-only (status {@link Status#DIALIHKAN}).
 */
public record Redirect(AgencyRef to, Instant at, String reason) {
    public Redirect {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }
}
