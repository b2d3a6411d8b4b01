package id.penghubung.model.sla;

import id.penghubung.model.calendar.CalendarDoubt;
import id.penghubung.model.calendar.WorkingCalendar;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a deadline is an estimate (issue 22): a clock counted in working days whose count from its
 * start to its due day crosses an estimated holiday, a year whose cuti bersama are not decreed, or a
 * year outside the holiday table. Its reason reads "perkiraan: cuti bersama 2027 belum ditetapkan";
 * the badge, the detail pane and the CSV export show the same one. Calendar-day clocks never rest on
 * the holiday table.
 */
public final class DeadlineEstimate {
    private DeadlineEstimate() {
    }

    /** The calendar's doubts under a deadline; empty when it rests on decreed days only. */
    public static List<CalendarDoubt> doubts(Deadline d, DeadlineCalculator rules) {
        if (d.startedAt().isEmpty() || d.dueAt().isEmpty()
                || rules.policy().rule(d.kind()).counting() != DayCounting.WORKING_DAYS) {
            return List.of();
        }
        WorkingCalendar cal = rules.calendar();
        return cal.doubts(cal.localDate(d.startedAt().get()), cal.dueDate(d.dueAt().get()));
    }

    /**
     * The one reason shown beside the deadline: a year outside the table first, then cuti bersama not
     * decreed, then the first estimated holiday; empty when the deadline is not an estimate.
     */
    public static Optional<MessageRef> reason(Deadline d, DeadlineCalculator rules) {
        return doubts(d, rules).stream()
                .min(Comparator.comparingInt(DeadlineEstimate::rank))
                .map(DeadlineEstimate::text);
    }

    private static int rank(CalendarDoubt c) {
        return switch (c.reason()) {
            case OUTSIDE_TABLE -> 0;
            case CUTI_BERSAMA_NOT_DECREED -> 1;
            case ESTIMATED_HOLIDAY -> 2;
        };
    }

    private static MessageRef text(CalendarDoubt c) {
        return switch (c.reason()) {
            case OUTSIDE_TABLE -> MessageRef.of("sla.estimate.outsideTable", Integer.toString(c.year()));
            case CUTI_BERSAMA_NOT_DECREED -> MessageRef.of("sla.estimate.cutiBersama", Integer.toString(c.year()));
            case ESTIMATED_HOLIDAY -> MessageRef.of("sla.estimate.holiday", c.holidayName().orElse(""),
                    Integer.toString(c.year()));
        };
    }
}
