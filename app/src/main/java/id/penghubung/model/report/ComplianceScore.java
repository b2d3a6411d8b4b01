package id.penghubung.model.report;

import java.util.OptionalDouble;

/**
 * The compliance score of a row, 0–100 with one decimal:
 * <pre>score = 100 × (0.6 × followUpOnTime/followUpDue + 0.4 × completedOnTime/completionDue)</pre>
 * The follow-up weighs more because it is the clock LAPOR! itself watches first (5 working days) and
 * the one a reporter feels; completion is judged against each complaint's own tier. When only one
 * rate has a denominator the score is that rate alone (×100); when neither does, there is no score
 * and the row ranks last in its volume group (nothing was owed, so nothing can be judged).
 */
public final class ComplianceScore {
    public static final double FOLLOW_UP_WEIGHT = 0.6;
    public static final double COMPLETION_WEIGHT = 0.4;

    private ComplianceScore() {
    }

    public static OptionalDouble of(int followUpOnTime, int followUpDue, int completedOnTime, int completionDue) {
        if (followUpDue == 0 && completionDue == 0) {
            return OptionalDouble.empty();
        }
        double raw;
        if (completionDue == 0) {
            raw = (double) followUpOnTime / followUpDue;
        } else if (followUpDue == 0) {
            raw = (double) completedOnTime / completionDue;
        } else {
            raw = FOLLOW_UP_WEIGHT * followUpOnTime / followUpDue + COMPLETION_WEIGHT * completedOnTime / completionDue;
        }
        return OptionalDouble.of(Math.round(raw * 1000.0) / 10.0);
    }
}
