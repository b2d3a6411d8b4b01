package id.penghubung.model.sla;

import java.util.Objects;

/**
 * The service-level policy: how long each step may take, and whether the follow-up clock stops
 * while the officer waits for the reporter's answer.
 */
public record SlaPolicy(
        SlaRule verification,
        SlaRule followUp,
        SlaRule autoFinish,
        SlaRule completion,
        boolean pauseWhileWaitingForReporter) {

    public SlaPolicy {
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(autoFinish, "autoFinish");
        Objects.requireNonNull(completion, "completion");
    }

    /**
     * SP4N-LAPOR! as practised: verification 3 working days, follow-up 5 working days, auto-finish
     * 10 working days after a follow-up without reply, completion 60 calendar days (Perpres 76/2013
     * says "hari"), follow-up paused while waiting for the reporter.
     */
    public static SlaPolicy standard() {
        return new SlaPolicy(
                SlaRule.workingDays(3),
                SlaRule.workingDays(5),
                SlaRule.workingDays(10),
                SlaRule.calendarDays(60),
                true);
    }

    public SlaRule rule(DeadlineKind kind) {
        return switch (kind) {
            case VERIFICATION -> verification;
            case FOLLOW_UP -> followUp;
            case AUTO_FINISH -> autoFinish;
            case COMPLETION -> completion;
        };
    }
}
