package id.penghubung.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.model.sla.DeadlineSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseFileDeadlinesTest {
    private static final Instant DUE = Instant.parse("2026-03-27T17:00:00Z"); // 28 March 00:00 WIB, exclusive

    private static Deadline deadline(DeadlineKind kind, DeadlineState state, int days) {
        if (state == DeadlineState.NOT_STARTED) {
            return Deadline.notStarted(kind);
        }
        boolean stopped = state == DeadlineState.MET || state == DeadlineState.MISSED;
        return new Deadline(kind, Optional.of(DUE.minusSeconds(86_400 * 14)), Optional.of(DUE), state,
                stopped ? Optional.of(DUE.minusSeconds(3_600)) : Optional.empty(), days);
    }

    @Test
    void mapsEveryKindAndStateToWhatTheCaseFilePrints() {
        List<CaseFileDeadline> lines = CaseFileDeadlines.from(new DeadlineSummary(List.of(
                deadline(DeadlineKind.VERIFICATION, DeadlineState.MET, 1),
                deadline(DeadlineKind.FOLLOW_UP, DeadlineState.RUNNING, -3),
                deadline(DeadlineKind.AUTO_FINISH, DeadlineState.NOT_STARTED, 0),
                deadline(DeadlineKind.COMPLETION, DeadlineState.RUNNING, 24))));

        assertThat(lines).extracting(CaseFileDeadline::kindKey).containsExactly(
                CaseFileDeadline.KIND_DISPOSITION, CaseFileDeadline.KIND_FOLLOW_UP,
                CaseFileDeadline.KIND_AUTO_CLOSE, CaseFileDeadline.KIND_COMPLETION);
        assertThat(lines).extracting(CaseFileDeadline::stateKey).containsExactly(
                CaseFileDeadline.STATE_MET, CaseFileDeadline.STATE_OVERDUE,
                CaseFileDeadline.STATE_NOT_APPLICABLE, CaseFileDeadline.STATE_PENDING);
        assertThat(lines).extracting(CaseFileDeadline::workingDays).containsExactly(1, 3, 0, 24);
    }

    @Test
    void aMissedDeadlineStaysMissedAndADueShowsTheLastMinuteOfItsDay() {
        CaseFileDeadline missed = CaseFileDeadlines.line(deadline(DeadlineKind.FOLLOW_UP, DeadlineState.MISSED, -2));
        assertThat(missed.stateKey()).isEqualTo(CaseFileDeadline.STATE_MISSED);
        assertThat(missed.workingDays()).isEqualTo(2);
        assertThat(missed.dueAt()).contains(Instant.parse("2026-03-27T16:59:00Z")); // 27 March 23.59 WIB
    }
}
