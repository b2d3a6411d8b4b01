package id.penghubung.model.report;

import id.penghubung.model.sla.MessageRef;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of a report: the indicators of one institution, unit, category or regency for a period
 * (definitions in {@code docs/domain.md}, "Indikator dan peringkat"). Counts over the complaints
 * received in the period, except {@code overdueOpen} (every complaint of the row open at the
 * period's end with a deadline passed). {@code completionDue} is not a JSON column: it is the
 * score's denominator for completion, kept for the method section.
 *
 * @param medianFollowUpWorkingDays empty when no follow-up was given
 * @param score    0–100, one decimal ({@link ComplianceScore}); empty when nothing was due
 * @param rank     1 = best, within {@code volumeGroup}; ties share a rank
 * @param tieNote  why the rank is shared (or why there is no score), for the page and the desk's tooltip
 */
public record GroupIndicators(
        String id,
        String name,
        int received,
        int followUpDue,
        int followUpOnTime,
        int followUpLate,
        OptionalDouble medianFollowUpWorkingDays,
        int completed,
        int completedOnTime,
        int completionDue,
        int overdueOpen,
        int notAuthorized,
        int redirected,
        int reopened,
        OptionalDouble score,
        int rank,
        VolumeGroup volumeGroup,
        Optional<MessageRef> tieNote) {

    public GroupIndicators {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(medianFollowUpWorkingDays, "medianFollowUpWorkingDays");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(volumeGroup, "volumeGroup");
        Objects.requireNonNull(tieNote, "tieNote");
        if (followUpOnTime + followUpLate != followUpDue) {
            throw new IllegalArgumentException("onTime + late must equal due: " + followUpOnTime + " + " + followUpLate
                    + " != " + followUpDue);
        }
    }

    /** On-time follow-up as a share of those due, 0–1; empty when none was due. */
    public OptionalDouble followUpOnTimeRate() {
        return followUpDue == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) followUpOnTime / followUpDue);
    }

    /** On-time completion as a share of those due, 0–1; empty when none was due. */
    public OptionalDouble completionOnTimeRate() {
        return completionDue == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) completedOnTime / completionDue);
    }

    /** The same row with its place in the ranking. */
    GroupIndicators ranked(int newRank, Optional<MessageRef> note) {
        return new GroupIndicators(id, name, received, followUpDue, followUpOnTime, followUpLate, medianFollowUpWorkingDays,
                completed, completedOnTime, completionDue, overdueOpen, notAuthorized, redirected, reopened, score, newRank,
                volumeGroup, note);
    }
}
