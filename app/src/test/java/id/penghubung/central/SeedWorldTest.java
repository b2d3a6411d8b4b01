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
        assertThat(withinFourDays).isEqualTo(312); // 65%
        assertThat(overNineDays).isEqualTo(72); // 15%
    }
}
