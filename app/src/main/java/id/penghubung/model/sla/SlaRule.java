package id.penghubung.model.sla;

import java.util.Objects;

/** One deadline of the policy: so many days, counted as working or calendar days. */
public record SlaRule(int amount, DayCounting counting) {
    public SlaRule {
        Objects.requireNonNull(counting, "counting");
        if (amount < 0) {
            throw new IllegalArgumentException("A deadline cannot be negative: " + amount);
        }
    }

    public static SlaRule workingDays(int amount) {
        return new SlaRule(amount, DayCounting.WORKING_DAYS);
    }

    public static SlaRule calendarDays(int amount) {
        return new SlaRule(amount, DayCounting.CALENDAR_DAYS);
    }
}
