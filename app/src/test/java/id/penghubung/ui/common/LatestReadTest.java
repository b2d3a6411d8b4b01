package id.penghubung.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared background read of the dashboard's trend and ranking view models. */
class LatestReadTest {
    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor ui = new QueuedExecutor();
    private final LatestRead read = new LatestRead(Messages.indonesian(), background, ui);
    private final List<String> shown = new ArrayList<>();

    @Test
    void anOlderAnswerArrivingLateIsDroppedAndTheLatestIsShown() {
        read.run(() -> "lama", shown::add);
        read.run(() -> "baru", shown::add);
        assertThat(read.loadingProperty().get()).isTrue();
        background.run(1); // the newer read finishes first
        background.run(0);
        ui.runAll();
        assertThat(shown).containsExactly("baru");
        assertThat(read.loadingProperty().get()).isFalse();
        assertThat(read.errorProperty().get()).isEmpty();
    }

    @Test
    void aFailedReadReachesTheOfficerInWordsAndStopsLoading() {
        read.<String>run(() -> {
            throw new StoreException("store.error.database", new IllegalStateException("database connection closed"));
        }, shown::add);
        background.runAll();
        ui.runAll();
        assertThat(shown).isEmpty();
        assertThat(read.loadingProperty().get()).isFalse();
        assertThat(read.errorProperty().get()).startsWith("Data lokal tidak dapat dibaca: ");
    }
}
