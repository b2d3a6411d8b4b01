package id.penghubung.protocol;

/**
 * The deadlines the server publishes: verification, follow-up and auto-finish in working days;
 * completion in calendar days; the reporter's reply window after REQUEST_INFO in working days
 * ({@code null} from an older server: the client's default, 10).
 */
public record SlaPolicy(int verificationWorkingDays, int followUpWorkingDays, int autoFinishWorkingDays, int completionDays,
        Integer replyWindowWorkingDays) {

    /** The LAPOR! defaults (issue 22): 3, 5, 10 working days; 60 days; reply window 10 working days. */
    public static SlaPolicy defaults() {
        return new SlaPolicy(3, 5, 10, 60, 10);
    }

    /** The same policy with another follow-up length (training: rehearse a stricter office). */
    public SlaPolicy withFollowUpWorkingDays(int days) {
        return new SlaPolicy(verificationWorkingDays, days, autoFinishWorkingDays, completionDays, replyWindowWorkingDays);
    }

    /** The same policy with another reply window. */
    public SlaPolicy withReplyWindowWorkingDays(int days) {
        return new SlaPolicy(verificationWorkingDays, followUpWorkingDays, autoFinishWorkingDays, completionDays, days);
    }
}
