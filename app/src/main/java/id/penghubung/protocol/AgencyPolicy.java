package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The caller's agency's own rules (issue 20), in the reference data: how many working days an
 * internal unit has to answer a disposition, and whether public answers are reviewed ({@code review},
 * null: not reviewed). Null from an older server: {@link #DEFAULT_UNIT_DUE_WORKING_DAYS}, no review.
 */
public record AgencyPolicy(String agencyId, int unitDueWorkingDays, @JsonInclude(JsonInclude.Include.NON_NULL) ReviewPolicy review) {
    public static final int DEFAULT_UNIT_DUE_WORKING_DAYS = 3;

    /** A policy without review. */
    public AgencyPolicy(String agencyId, int unitDueWorkingDays) {
        this(agencyId, unitDueWorkingDays, null);
    }
}
