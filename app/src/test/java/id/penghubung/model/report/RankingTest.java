package id.penghubung.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.sla.MessageRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The score's formula, the volume groups and ranking with ties, each as docs/domain.md states it. */
class RankingTest {
    private static GroupIndicators row(String id, int received, int fuOnTime, int fuDue, int doneOnTime, int doneDue) {
        return new GroupIndicators(id, "Instansi " + id, received, fuDue, fuOnTime, fuDue - fuOnTime, OptionalDouble.empty(),
                doneOnTime, doneOnTime, doneDue, 0, 0, 0, 0, ComplianceScore.of(fuOnTime, fuDue, doneOnTime, doneDue), 0,
                VolumeGroup.of(received, new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))), Optional.empty());
    }

    @Test
    void scoreIsSixtyPercentFollowUpOnTimeAndFortyPercentCompletionOnTime() {
        assertThat(ComplianceScore.of(3, 5, 2, 2)).hasValue(76.0);
        assertThat(ComplianceScore.of(10, 14, 4, 4)).hasValue(82.9);
        // Only one denominator: that rate alone. None: no score.
        assertThat(ComplianceScore.of(1, 4, 0, 0)).hasValue(25.0);
        assertThat(ComplianceScore.of(0, 0, 3, 4)).hasValue(75.0);
        assertThat(ComplianceScore.of(0, 0, 0, 0)).isEmpty();
    }

    @Test
    void volumeGroupsAreAThousandAndAHundredAYearScaledByTheMonthsOfThePeriod() {
        ReportPeriod year = new ReportPeriod(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31));
        ReportPeriod quarter = new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
        ReportPeriod month = new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertThat(VolumeGroup.of(1000, year)).isEqualTo(VolumeGroup.A); // a leap year changes nothing
        assertThat(VolumeGroup.of(999, year)).isEqualTo(VolumeGroup.B);
        assertThat(VolumeGroup.of(250, quarter)).isEqualTo(VolumeGroup.A);
        assertThat(VolumeGroup.of(25, quarter)).isEqualTo(VolumeGroup.B);
        assertThat(VolumeGroup.of(8, month)).isEqualTo(VolumeGroup.C);
        assertThat(VolumeGroup.of(9, month)).isEqualTo(VolumeGroup.B);
    }

    @Test
    void tiesShareARankAndSaySoAndRowsWithoutAScoreRankLast() {
        List<GroupIndicators> ranked = Ranking.rank(List.of(
                row("a", 50, 3, 4, 0, 0), row("b", 50, 6, 8, 0, 0), row("c", 50, 4, 4, 0, 0), row("d", 50, 0, 0, 0, 0),
                row("e", 50, 1, 4, 0, 0), row("big", 2000, 1, 4, 0, 0)));
        assertThat(ranked).extracting(GroupIndicators::id).containsExactly("big", "c", "a", "b", "e", "d");
        assertThat(ranked).extracting(GroupIndicators::rank).containsExactly(1, 1, 2, 2, 4, 5);
        // a and b: 75.0 each — one rank, and the note names the other row.
        assertThat(ranked.get(2).tieNote()).contains(MessageRef.of(Ranking.TIE, 1, 75.0));
        assertThat(ranked.get(1).tieNote()).isEmpty();
        assertThat(ranked.get(5).tieNote()).contains(MessageRef.of(Ranking.NO_SCORE));
        // The big institution is ranked in its own volume group.
        assertThat(ranked.get(0).volumeGroup()).isEqualTo(VolumeGroup.A);
    }
}
