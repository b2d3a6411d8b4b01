package id.penghubung.model.sla;

/**
 * Where a clock stands. RUNNING and PAUSED are open; MET and MISSED are final. An open clock past
 * its due stays RUNNING (overdue) until its event happens, then becomes MISSED.
 */
public enum DeadlineState {
    NOT_STARTED,
    RUNNING,
    PAUSED,
    MET,
    MISSED,
    /**
     * Final: the clock stopped because the step stopped being owed, not because it was done — an
     * admin archive or redirect before the follow-up was given and before its due. Never counted as met.
     */
    NOT_APPLICABLE
}
