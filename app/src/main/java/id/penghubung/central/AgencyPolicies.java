package id.penghubung.central;

import id.penghubung.protocol.AgencyPolicy;
import java.util.Map;

/**
 * Each training agency's own rules (issue 20), published in the reference data: the internal SLA
 * of its units in working days (default {@link AgencyPolicy#DEFAULT_UNIT_DUE_WORKING_DAYS}).
 */
final class AgencyPolicies {
    /** Agencies whose policy differs from the default: a ministry gives its directorates a week. */
    private static final Map<String, Integer> UNIT_DUE_WORKING_DAYS = Map.of("kemensos", 5);

    private AgencyPolicies() {
    }

    static AgencyPolicy of(String agencyId) {
        return new AgencyPolicy(agencyId,
                UNIT_DUE_WORKING_DAYS.getOrDefault(agencyId, AgencyPolicy.DEFAULT_UNIT_DUE_WORKING_DAYS));
    }
}
