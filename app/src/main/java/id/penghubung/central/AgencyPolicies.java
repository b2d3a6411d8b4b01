package id.penghubung.central;

import id.penghubung.model.Role;
import id.penghubung.protocol.AgencyPolicy;
import id.penghubung.protocol.ReviewPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each training agency's own rules (issue 20), published in the reference data: the internal SLA
 * of its units in working days (default {@link AgencyPolicy#DEFAULT_UNIT_DUE_WORKING_DAYS}).
 */
final class AgencyPolicies {
    /** Agencies whose policy differs from the default: a ministry gives its directorates a week. */
    private static final Map<String, Integer> UNIT_DUE_WORKING_DAYS = Map.of("kemensos", 5);

    private AgencyPolicies() {
    }

    /** The review of a reviewed agency (decision 0011): the penghubung drafts, the atasan approves. */
    static final ReviewPolicy REVIEW = new ReviewPolicy(true, List.of(Role.OFFICER), List.of(Role.SUPERVISOR));

    /** The agency's policy with its review, where the server's configuration names it among the reviewed agencies. */
    static AgencyPolicy of(String agencyId, Set<String> reviewedAgencies) {
        AgencyPolicy base = of(agencyId);
        return reviewedAgencies.contains(agencyId) ? new AgencyPolicy(agencyId, base.unitDueWorkingDays(), REVIEW) : base;
    }

    static AgencyPolicy of(String agencyId) {
        return new AgencyPolicy(agencyId,
                UNIT_DUE_WORKING_DAYS.getOrDefault(agencyId, AgencyPolicy.DEFAULT_UNIT_DUE_WORKING_DAYS));
    }
}
