package id.penghubung.model.sla;

import java.util.Objects;

/**
 * The service-level policy: how long each step may take. Every number is the server's (published in
 * its reference data), these are the defaults. {@code pauseWhileWaitingForReporter} is kept for older
 * callers: since an information request gives the follow-up (LAPOR! posts the question as a
 * tindak lanjut), the follow-up clock has nothing left to pause for.
 */
public record SlaPolicy(
        SlaRule verification,
        SlaRule followUp,
        SlaRule autoFinish,
        SlaRule completion,
        boolean pauseWhileWaitingForReporter,
        SlaRule replyWindow) {

    /** The reporter's reply window after an information request, by default. */
    public static final SlaRule DEFAULT_REPLY_WINDOW = SlaRule.workingDays(10);

    public SlaPolicy {
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(autoFinish, "autoFinish");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(replyWindow, "replyWindow");
    }

    /** A policy with the default reply window. */
    public SlaPolicy(SlaRule verification, SlaRule followUp, SlaRule autoFinish, SlaRule completion,
            boolean pauseWhileWaitingForReporter) {
        this(verification, followUp, autoFinish, completion, pauseWhileWaitingForReporter, DEFAULT_REPLY_WINDOW);
    }

    /**
     * SP4N-LAPOR! as practised: verification 3 working days, follow-up 5 working days, auto-finish
     * 10 working days after a follow-up without reply, completion 60 calendar days (Perpres 76/2013
     * says "hari"), the reporter's reply window 10 working days.
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
            case REPLY_WINDOW -> replyWindow;
        };
    }
}
