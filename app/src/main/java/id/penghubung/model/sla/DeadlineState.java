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
    MISSED
}
