package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralConfig;
import id.penghubung.central.TrainingClock;
import id.penghubung.model.Complaint;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code central --clock 2027-03-08T10:00+07:00}: the seeded world is dated in the weeks before that
 * moment, the server publishes its time, and a desk signed in to it counts "now" by it.
 */
class TrainingClockTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2027-03-08T10:00+07:00");

    @TempDir
    Path data;

    @Test
    void aTrainingServerStartedAtAMomentDatesItsWorldBeforeItAndTheDeskCountsNowByIt() throws Exception {
        CentralConfig config = CentralConfig.forTests(30).withClock(TrainingClock.startingAt(START));
        try (TrainingWorld world = TrainingWorld.start(config);
                Session session = world.session(data, "penghubung")) {
            session.engine().sync(SyncListener.NONE);
            session.reference().refresh(session.api());

            assertThat(session.serverClock().training()).isTrue();
            Instant deskNow = session.serverClock().over(Clock.systemUTC()).instant();
            assertThat(Duration.between(START.toInstant(), deskNow).abs()).isLessThan(Duration.ofMinutes(2));

            List<Complaint> all = session.store().page(InboxQuery.of(InboxView.ALL, deskNow, deskNow), 0, 1000).stream()
                    .map(r -> session.store().complaint(r.id()).orElseThrow()).toList();
            assertThat(all).isNotEmpty();
            assertThat(all).allSatisfy(c -> assertThat(c.submittedAt()).isBefore(deskNow)
                    .isAfter(START.toInstant().minus(Duration.ofDays(400))));
            assertThat(all.stream().map(Complaint::submittedAt).max(Instant::compareTo).orElseThrow())
                    .isAfter(START.toInstant().minus(Duration.ofDays(30)));
        }
    }

    @Test
    void aServerOnTheRealClockDoesNotMoveTheDesksNow() throws Exception {
        try (TrainingWorld world = TrainingWorld.start(10, null);
                Session session = world.session(data, "penghubung")) {
            session.reference().refresh(session.api());
            assertThat(session.serverClock().training()).isFalse();
            assertThat(session.serverClock().offset()).isEmpty();
            assertThat(session.reference().current().orElseThrow().countingZone()).isEqualTo("Asia/Jakarta");
        }
    }
}
