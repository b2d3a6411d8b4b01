package id.penghubung.model.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineUrgencyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    private static Deadline running(DeadlineKind kind, int days) {
        return new Deadline(kind, Optional.of(NOW.minus(Duration.ofDays(20))), Optional.of(NOW.plus(Duration.ofDays(days))),
                DeadlineState.RUNNING, Optional.empty(), days);
    }

    private static Deadline stopped(DeadlineKind kind, DeadlineState state, int days) {
        return new Deadline(kind, Optional.of(NOW.minus(Duration.ofDays(30))), Optional.of(NOW.minus(Duration.ofDays(15))),
                state, Optional.of(NOW.minus(Duration.ofDays(3))), days);
    }

    @Test
    void twoWorkingDaysOrFewerIsSoonAndAComeDueIsOverdue() {
        assertThat(DeadlineUrgency.of(running(DeadlineKind.FOLLOW_UP, 2), NOW)).isEqualTo(DeadlineUrgency.SOON);
        assertThat(DeadlineUrgency.of(running(DeadlineKind.FOLLOW_UP, 3), NOW)).isEqualTo(DeadlineUrgency.OK);
        assertThat(DeadlineUrgency.of(running(DeadlineKind.FOLLOW_UP, -1), NOW)).isEqualTo(DeadlineUrgency.OVERDUE);
        assertThat(DeadlineUrgency.ofRunning(NOW, 0, NOW)).isEqualTo(DeadlineUrgency.OVERDUE);
        assertThat(DeadlineUrgency.of(stopped(DeadlineKind.FOLLOW_UP, DeadlineState.MISSED, -12), NOW))
                .isEqualTo(DeadlineUrgency.OVERDUE);
        assertThat(DeadlineUrgency.of(stopped(DeadlineKind.FOLLOW_UP, DeadlineState.MET, 2), NOW)).isEqualTo(DeadlineUrgency.OK);
        assertThat(DeadlineUrgency.of(Deadline.notStarted(DeadlineKind.COMPLETION), NOW)).isEqualTo(DeadlineUrgency.STOPPED);
    }

    @Test
    void aMissedFollowUpIsNeverHiddenBehindAGreenAutoFinishClock() {
        Deadline missed = stopped(DeadlineKind.FOLLOW_UP, DeadlineState.MISSED, -12);
        Deadline autoFinish = running(DeadlineKind.AUTO_FINISH, 8);
        DeadlineSummary s = new DeadlineSummary(List.of(missed, autoFinish));
        assertThat(DeadlineUrgency.badgeClock(s, NOW)).contains(missed);
    }

    @Test
    void anOverdueRunningClockComesBeforeAnOldMiss() {
        Deadline missed = stopped(DeadlineKind.VERIFICATION, DeadlineState.MISSED, -1);
        Deadline followUp = running(DeadlineKind.FOLLOW_UP, -3);
        assertThat(DeadlineUrgency.badgeClock(new DeadlineSummary(List.of(missed, followUp)), NOW)).contains(followUp);
        Deadline fresh = running(DeadlineKind.FOLLOW_UP, 4);
        assertThat(DeadlineUrgency.badgeClock(new DeadlineSummary(List.of(fresh)), NOW)).contains(fresh);
        assertThat(DeadlineUrgency.badgeClock(new DeadlineSummary(List.of()), NOW)).isEmpty();
    }
}
