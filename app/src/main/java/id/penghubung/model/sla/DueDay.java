package id.penghubung.model.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The due DAY of a clock, one rule for screen, export and print. The model's due instant is exclusive
 * (00:00 local of the day after the due day); an officer, a spreadsheet and an examiner read the day
 * before it, whose last minute is the deadline ("30 Oktober, 23.59").
 */
public final class DueDay {
    private DueDay() {
    }

    /** The last minute of the due day: what a case file prints as the deadline. */
    public static Instant lastMinute(Instant exclusiveDue) {
        return exclusiveDue.minusSeconds(60);
    }

    /** The due day in {@code zone}: the date a CSV export and a badge's hover name. */
    public static LocalDate of(Instant exclusiveDue, ZoneId zone) {
        return LocalDate.ofInstant(lastMinute(exclusiveDue), zone);
    }
}
