package id.penghubung.protocol;

/**
 * The caller's agency's own rules (issue 20), in the reference data: how many working days an
 * internal unit has to answer a disposition. Null from an older server: {@link #DEFAULT_UNIT_DUE_WORKING_DAYS}.
 */
public record AgencyPolicy(String agencyId, int unitDueWorkingDays) {
    public static final int DEFAULT_UNIT_DUE_WORKING_DAYS = 3;
}
