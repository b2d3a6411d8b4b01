package id.penghubung.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code print} command's warm-up writes its one-line page to nowhere and ends, on its own daemon thread. */
class CaseFilePrewarmTest {
    @Test
    void theWarmUpWritesItsPageAndEnds() throws InterruptedException {
        assertThat(CaseFilePrewarm.run()).isTrue();
        Thread thread = CaseFilePrewarm.start();
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.join(Duration.ofMinutes(1))).isTrue();
    }
}
