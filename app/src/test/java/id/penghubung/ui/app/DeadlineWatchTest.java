package id.penghubung.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.TrackingId;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.inbox.StoreInboxData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deadlines turning red are noticed once, between two looks; old overdue complaints are not news. */
class DeadlineWatchTest {
    @TempDir
    Path dir;

    @Test
    void reportsOnlyWhatWentOverdueSinceTheLastLook() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 500);
        try (Desk desk = new Desk(Messages.indonesian(), DeskFixture.parts(file), new Background(), DeskFixture.CLOCK)) {
            DeadlineWatch watch = new DeadlineWatch(new StoreInboxData(desk.store(), desk.queries()));
            Instant t0 = DeskFixture.NOW;
            assertThat(watch.check(t0, t0)).as("first look only sets the mark").isEmpty();
            Instant t1 = t0.plus(Duration.ofDays(10));
            List<TrackingId> fresh = watch.check(t1, t1);
            assertThat(fresh).isNotEmpty();
            // Every one of them was due inside (t0, t1] and is overdue at t1.
            for (TrackingId tracking : fresh) {
                Instant due = desk.store().page(id.penghubung.store.InboxQuery.of(id.penghubung.store.InboxView.ALL, t1, t1),
                        0, 1_000).stream().filter(r -> r.trackingId().equals(tracking)).findFirst().orElseThrow()
                        .nextDueAt().orElseThrow();
                assertThat(due).isAfter(t0).isBeforeOrEqualTo(t1);
            }
            assertThat(watch.check(t1.plusSeconds(1), t1.plusSeconds(1))).as("nothing twice").isEmpty();
        }
    }
}
