package id.penghubung.model.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.calendar.WorkingCalendar;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every deadline resting on an estimated day, or beyond the table's years, is marked with its reason. */
class DeadlineEstimateTest {
    private final DeadlineCalculator rules = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());

    private Deadline of(String disposedWib, DeadlineKind kind) {
        Complaint c = ModelFixtures.complaint(disposedWib).disposed(disposedWib).build();
        return rules.evaluate(c, ModelFixtures.wib(disposedWib).plusSeconds(60)).of(kind).orElseThrow();
    }

    @Test
    void aDeadlineAcrossLebaran2027IsMarkedAnEstimateBecauseItsCutiBersamaAreNotDecreed() {
        Optional<MessageRef> why = DeadlineEstimate.reason(of("2027-03-01T09:00", DeadlineKind.FOLLOW_UP), rules);
        assertThat(why).contains(MessageRef.of("sla.estimate.cutiBersama", "2027"));
    }

    @Test
    void aDeadlineOnDecreedDaysIsNoEstimate() {
        assertThat(DeadlineEstimate.reason(of("2026-03-02T09:00", DeadlineKind.FOLLOW_UP), rules)).isEmpty();
    }

    @Test
    void beyondTheTablesYearsTheDeadlineSaysSoInsteadOfCountingWeekendsOnly() {
        Deadline d = of("2027-12-27T09:00", DeadlineKind.FOLLOW_UP);
        assertThat(d.dueAt().map(Instant::toString).orElseThrow()).startsWith("2028-01");
        assertThat(DeadlineEstimate.reason(d, rules)).contains(MessageRef.of("sla.estimate.outsideTable", "2028"));
    }

    @Test
    void aCalendarDayClockNeverRestsOnTheHolidayTable() {
        assertThat(DeadlineEstimate.reason(of("2027-03-01T09:00", DeadlineKind.COMPLETION), rules)).isEmpty();
    }
}
