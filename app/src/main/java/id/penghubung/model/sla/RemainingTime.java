package id.penghubung.model.sla;

/**
 * How a deadline reads to an officer: "2 hari kerja lagi", "jatuh tempo hari ini",
 * "terlambat 3 hari kerja", and the final verdicts. Counts are positive in the arguments.
 */
public final class RemainingTime {
    public static final String NOT_STARTED = "deadline.notStarted";
    public static final String REMAINING = "deadline.remaining";
    public static final String DUE_TODAY = "deadline.dueToday";
    public static final String LATE = "deadline.late";
    public static final String PAUSED = "deadline.paused";
    public static final String MET = "deadline.met";
    public static final String MET_ON_DUE_DAY = "deadline.metOnDueDay";
    public static final String MISSED = "deadline.missed";
    public static final String NOT_APPLICABLE = "deadline.notApplicable";

    private RemainingTime() {
    }

    public static MessageRef remaining(Deadline deadline) {
        int days = deadline.workingDaysRemaining();
        return switch (deadline.state()) {
            case NOT_STARTED -> MessageRef.of(NOT_STARTED);
            case PAUSED -> MessageRef.of(PAUSED, Math.max(0, days));
            case MET -> days > 0 ? MessageRef.of(MET, days) : MessageRef.of(MET_ON_DUE_DAY);
            case MISSED -> MessageRef.of(MISSED, Math.max(1, -days));
            case NOT_APPLICABLE -> MessageRef.of(NOT_APPLICABLE);
            case RUNNING -> days > 0 ? MessageRef.of(REMAINING, days)
                    : days == 0 ? MessageRef.of(DUE_TODAY)
                    : MessageRef.of(LATE, -days);
        };
    }
}
