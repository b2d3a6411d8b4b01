package id.penghubung.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dashboard's axes write numbers as its bars and the sidebar do (seen: "1,974" beside "1.642"). */
class AxisNumbersTest {
    @Test
    void anAxisWritesThousandsInTheDesksLanguageWhateverTheJvmsDefault() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(new AxisNumbers(Locale.of("id")).toString(1974)).isEqualTo("1.974");
            assertThat(new AxisNumbers(Locale.ENGLISH).toString(1974)).isEqualTo("1,974");
            assertThat(new AxisNumbers(Locale.of("id")).toString(329.0)).isEqualTo("329");
            assertThat(new AxisNumbers(Locale.of("id")).toString(null)).isEmpty();
        } finally {
            Locale.setDefault(previous);
        }
    }
}
