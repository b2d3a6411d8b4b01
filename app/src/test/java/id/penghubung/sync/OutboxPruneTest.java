package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.calendar.CalendarHolder;
import id.penghubung.model.action.Note;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sent actions do not pile up in the outbox for ever: after each sync, the entries the server applied
 * more than {@link SyncEngine#KEEP_APPLIED} ago (by the store's clock) are pruned, the recent ones kept.
 */
class OutboxPruneTest {
    @TempDir
    Path data;

    @Test
    void aHundredSyncsEachSendingOneActionLeaveTheOutboxTableBounded() {
        // The officer's PC clock, moved a day per sync (no wall sleeps).
        MutableClock clock = new MutableClock(Instant.now());
        try (TrainingWorld world = TrainingWorld.start(20, null)) {
            SignInService signIn = new SignInService(new AccountRegistry(data, TrainingWorld.TEST_KDF), SignInService.ApiFactory.OKHTTP,
                    CalendarHolder.withBundled(), TrainingWorld.QUICK, clock);
            SignInResult result = signIn.signIn(world.url(), "penghubung", TrainingWorld.PASSWORD.toCharArray());
            try (Session session = ((SignInResult.SignedIn) result).session()) {
                CaseStore store = session.store();
                session.engine().sync(SyncListener.NONE);
                String id = TrainingWorld.openComplaints(store, 1).getFirst().id();
                int applied = 0;
                int most = 0;
                for (int i = 0; i < 100; i++) {
                    clock.advance(Duration.ofDays(1));
                    Complaint current = store.complaint(id).orElseThrow();
                    store.enqueue(id, current.version(), new Note("catatan ke-" + i));
                    applied += session.engine().sync(SyncListener.NONE).applied();
                    most = Math.max(most, store.outboxFor(id).size());
                }
                assertThat(applied).as("every action reached the server").isEqualTo(100);
                List<OutboxEntry> rows = store.outboxFor(id);
                assertThat(most).as("outbox rows at most a week of daily sends, plus today's")
                        .isLessThanOrEqualTo((int) SyncEngine.KEEP_APPLIED.toDays() + 1);
                assertThat(rows).as("the last week's sent actions are still there")
                        .hasSize((int) SyncEngine.KEEP_APPLIED.toDays() + 1)
                        .allMatch(e -> e.state() == OutboxState.APPLIED);
            }
        }
    }
}
