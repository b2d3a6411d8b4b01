package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.action.Note;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic sync: at start, on demand, when the connection returns; failures reported, never thrown away. */
class AutoSyncTest {
    @TempDir
    Path data;

    @Test
    void syncsAtStartOnDemandAndWhenTheConnectionReturns() throws Exception {
        List<AutoSync.Outcome> outcomes = new CopyOnWriteArrayList<>();
        ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1);
        TrainingWorld world = TrainingWorld.start(100, null);
        try (Session session = world.session(data, "penghubung");
             AutoSync auto = new AutoSync(session.engine(), session.connectivity(), session.api(), Duration.ofHours(1),
                     AutoSync.PROBE_EVERY, SyncListener.NONE, outcomes::add, thread)) {
            auto.start();
            await(() -> outcomes.size() >= 1);
            assertThat(outcomes.getFirst().report()).isPresent();
            assertThat(outcomes.getFirst().report().get().pulled()).isPositive();
            assertThat(session.connectivity().online()).isTrue();

            Complaint c = TrainingWorld.openComplaints(session.store(), 1).getFirst();
            session.store().enqueue(c.id(), c.version(), new Note("dari jadwal otomatis"));
            AutoSync.Outcome onDemand = auto.syncNow().get(30, TimeUnit.SECONDS);
            assertThat(onDemand.report().orElseThrow().applied()).isEqualTo(1);
            // The future may complete a moment before the outcome reaches the listener: count from there.
            await(() -> outcomes.contains(onDemand));

            // The connection drops and comes back: a sync starts by itself.
            int before = outcomes.size();
            session.connectivity().record(false);
            session.connectivity().record(true);
            await(() -> outcomes.size() > before);
            assertThat(outcomes.getLast().report()).isPresent();

            // Paused (a locked desk): the connection coming back starts nothing. The reconnect trigger runs on
            // the recording thread, so "nothing" is seen at once: no run handed to the sync thread, nothing waiting.
            auto.pause(true);
            int whilePaused = outcomes.size();
            long handedOver = thread.getTaskCount();
            session.connectivity().record(false);
            session.connectivity().record(true);
            assertThat(thread.getTaskCount()).isEqualTo(handedOver);
            assertThat(thread.getQueue()).as("only the two periodic tasks").hasSize(2);
            assertThat(outcomes).hasSize(whilePaused);
            auto.pause(false);

            // The server goes away: the run fails, is reported, and connectivity says offline.
            world.close();
            AutoSync.Outcome down = auto.syncNow().get(60, TimeUnit.SECONDS);
            assertThat(down.failure()).containsInstanceOf(TransportException.class);
            assertThat(session.connectivity().online()).isFalse();
            assertThat(session.connectivity().offlineSince()).isPresent();
        } finally {
            world.close();
        }
    }

    @Test
    void aServerThatReturnsIsNoticedByTheOfflineProbeAndAnOfflineSignInIsAskedForThePassword(@TempDir Path central)
            throws Exception {
        List<AutoSync.Outcome> outcomes = new CopyOnWriteArrayList<>();
        id.penghubung.central.CentralConfig config = id.penghubung.central.CentralConfig.forTests(20).withDataDir(central);
        TrainingWorld world = TrainingWorld.start(config);
        int port = world.server().baseUri().getPort();
        TrainingWorld back = null;
        try (Session session = world.session(data, "penghubung")) {
            session.api().signOut(); // as after an offline sign-in: no tokens
            world.close();
            // The test's clock: the probe runs when the test moves time, not on a wall-clock timer.
            ManualScheduledExecutor clock = new ManualScheduledExecutor();
            try (AutoSync auto = new AutoSync(session.engine(), session.connectivity(), session.api(), Duration.ofHours(1),
                    AutoSync.PROBE_EVERY, SyncListener.NONE, outcomes::add, clock)) {
                auto.start();
                // Offline and not signed in: "sync now" says unreachable, not "password".
                AutoSync.Outcome away = auto.syncNow().get(30, TimeUnit.SECONDS);
                assertThat(away.failure()).containsInstanceOf(TransportException.class);
                assertThat(session.connectivity().online()).isFalse();
                clock.advance(Duration.ZERO); // the interval's first run: offline, its probe fails, nothing runs
                assertThat(outcomes).hasSize(1);

                back = TrainingWorld.start(config.withPort(port));
                clock.advance(AutoSync.PROBE_EVERY.minusMillis(1));
                assertThat(outcomes).as("no probe before its interval").hasSize(1);
                assertThat(session.connectivity().online()).isFalse();
                // Nobody asks: the probe notices at its interval, and the run wants the password.
                clock.advance(Duration.ofMillis(1));
                assertThat(outcomes).hasSize(2);
                assertThat(session.connectivity().online()).isTrue();
                assertThat(outcomes.getLast().failure()).containsInstanceOf(AuthenticationRequired.class);
            }
        } finally {
            world.close();
            if (back != null) {
                back.close();
            }
        }
    }

    @Test
    void aRunThroughTheSessionIsRecordedAsTheAccountsLastSync() throws Exception {
        try (TrainingWorld world = TrainingWorld.start(20, null); Session session = world.session(data, "penghubung");
             AutoSync auto = new AutoSync(session, Duration.ofHours(1), SyncListener.NONE, outcome -> { })) {
            assertThat(LastSync.read(session.account())).isEmpty();
            AutoSync.Outcome outcome = auto.syncNow().get(30, TimeUnit.SECONDS);
            assertThat(outcome.report()).isPresent();
            assertThat(LastSync.read(session.account())).isPresent();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out");
            }
            Thread.sleep(20);
        }
    }
}
