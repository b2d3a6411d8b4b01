package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The training world's dates: most work within its deadline, some of it late. */
class SeedWorldTest {
    @Test
    void theTimeSinceTheLastStepIsMostlyRecentAndSometimesLong() {
        long previous = -1;
        int withinFourDays = 0;
        int overNineDays = 0;
        for (int draw = 0; draw < 20 * 24; draw++) {
            long hours = SeedWorld.tailHours(draw);
            assertThat(hours).as("draw %d", draw).isGreaterThanOrEqualTo(Math.max(previous, 2)).isLessThanOrEqualTo(21 * 24);
            previous = hours;
            if (hours < 4 * 24) {
                withinFourDays++;
            }
            if (hours >= 9 * 24) {
                overNineDays++;
            }
        }
        int draws = 20 * 24;
        // Properties, not the table's exact cut points: about two thirds recent, a sixth or so long.
        assertThat(withinFourDays).as("draws under 4 days").isBetween(draws * 55 / 100, draws * 75 / 100);
        assertThat(overNineDays).as("draws of 9 days or more").isBetween(draws * 10 / 100, draws * 20 / 100);
        assertThat(SeedWorld.tailHours(0)).as("the shortest wait").isGreaterThanOrEqualTo(2);
        assertThat(SeedWorld.tailHours(draws - 1)).as("the longest wait, three weeks at most").isBetween(9L * 24, 21L * 24);
    }
}
