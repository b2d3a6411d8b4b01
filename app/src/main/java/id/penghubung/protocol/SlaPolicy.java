package id.penghubung.protocol;

/** The deadlines: verification, follow-up and auto-finish in working days; completion in calendar days. */
public record SlaPolicy(int verificationWorkingDays, int followUpWorkingDays, int autoFinishWorkingDays, int completionDays) {
}
