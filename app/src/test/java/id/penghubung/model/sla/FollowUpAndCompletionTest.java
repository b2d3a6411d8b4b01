package id.penghubung.model.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.store.SyntheticComplaints;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking's shortcut gives exactly the follow-up and completion clocks of the full evaluation. */
class FollowUpAndCompletionTest {
    @Test
    void theTwoClocksAreTheFullEvaluationsOwn() {
        DeadlineCalculator calculator = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
        List<Complaint> complaints = new SyntheticComplaints(2026).page(0, 2_000);
        for (Instant at : List.of(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"),
                Instant.parse("2027-01-15T03:00:00Z"))) {
            for (Complaint c : complaints) {
                DeadlineSummary full = calculator.evaluate(c, at);
                DeadlineCalculator.FollowUpAndCompletion two = calculator.followUpAndCompletion(c, at);
                assertThat(two.followUp()).as(c.id()).isEqualTo(full.of(DeadlineKind.FOLLOW_UP).orElseThrow());
                assertThat(two.completion()).as(c.id()).isEqualTo(full.of(DeadlineKind.COMPLETION).orElseThrow());
            }
        }
    }
}
