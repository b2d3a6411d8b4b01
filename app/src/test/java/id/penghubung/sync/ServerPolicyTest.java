package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralConfig;
import id.penghubung.model.Complaint;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.CompletionRules;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.SlaRule;
import id.penghubung.protocol.WireSlaPolicy;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every number of the LAPOR! rules is the server's policy: a training server that publishes a
 * follow-up of 7 working days and a reply window of 3 moves the desk's deadlines after a sync.
 */
class ServerPolicyTest {
    @TempDir
    Path data;

    @Test
    void aPolicyChangedOnTheTrainingServerMovesTheDeadlines() throws Exception {
        WireSlaPolicy stricter = WireSlaPolicy.defaults().withFollowUpWorkingDays(7).withReplyWindowWorkingDays(3);
        try (TrainingWorld world = TrainingWorld.start(CentralConfig.forTests(20).withSla(stricter));
                Session session = world.session(data, "penghubung")) {
            session.engine().sync(SyncListener.NONE);

            assertThat(session.rules().policy().followUp()).isEqualTo(SlaRule.workingDays(7));
            assertThat(session.rules().policy().replyWindow()).isEqualTo(SlaRule.workingDays(3));
            java.time.Instant now = java.time.Instant.now();
            Complaint disposed = session.store().page(id.penghubung.store.InboxQuery.of(id.penghubung.store.InboxView.ALL, now, now), 0, 100)
                    .stream()
                    .map(row -> session.store().complaint(row.id()).orElseThrow())
                    .filter(c -> c.disposedAt().isPresent())
                    .findFirst().orElseThrow();
            Deadline followUp = session.rules().calculator().evaluate(disposed, disposed.disposedAt().get())
                    .of(DeadlineKind.FOLLOW_UP).orElseThrow();
            WorkingCalendar calendar = session.rules().calendar().current();
            assertThat(followUp.dueAt()).contains(calendar.addWorkingDays(disposed.disposedAt().get(), 7));
            assertThat(followUp.dueAt()).isNotEqualTo(Optional.of(calendar.addWorkingDays(disposed.disposedAt().get(), 5)));
        }
    }

    @Test
    void aTierChangedOnTheTrainingServerMovesTheCompletionOfATieredComplaint() throws Exception {
        WireSlaPolicy tiers = WireSlaPolicy.defaults().withTier(CompletionTier.INFORMATION, 3, true).withInformationAndReopen(12, 7, 4);
        try (TrainingWorld world = TrainingWorld.start(CentralConfig.forTests(100).withSla(tiers));
                Session session = world.session(data, "penghubung")) {
            session.engine().sync(SyncListener.NONE);

            assertThat(session.rules().policy().tier(CompletionTier.INFORMATION)).isEqualTo(SlaRule.workingDays(3));
            assertThat(session.rules().policy().informationRequest()).isEqualTo(SlaRule.workingDays(12));
            assertThat(session.rules().policy().reopen()).isEqualTo(SlaRule.workingDays(4));
            java.time.Instant now = java.time.Instant.now();
            Complaint tiered = session.store().page(id.penghubung.store.InboxQuery.of(id.penghubung.store.InboxView.ALL, now, now), 0, 1000)
                    .stream()
                    .map(row -> session.store().complaint(row.id()).orElseThrow())
                    .filter(c -> CompletionRules.tierSet(c).equals(Optional.of(CompletionTier.INFORMATION)))
                    .findFirst().orElseThrow();
            Deadline completion = session.rules().calculator().evaluate(tiered, now).of(DeadlineKind.COMPLETION).orElseThrow();
            WorkingCalendar calendar = session.rules().calendar().current();
            assertThat(completion.dueAt()).contains(calendar.addWorkingDays(tiered.disposedAt().orElseThrow(), 3));
        }
    }
}
