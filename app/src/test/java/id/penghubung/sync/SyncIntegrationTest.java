package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.Note;
import id.penghubung.protocol.AppliedAction;
import id.penghubung.protocol.Json;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync against the real training server on loopback. */
class SyncIntegrationTest {
    @TempDir
    Path data;

    @Test
    void actionsPushedThroughFaultsAreAppliedExactlyOnce() {
        // Every kind of fault, often: latency, 500s, connections dropped after the commit, truncated bodies.
        try (TrainingWorld world = TrainingWorld.start(400, "latency=0-30ms,error500=0.15,dropAfterCommit=0.15,truncate=0.15");
             Session session = world.session(data, "penghubung")) {
            CaseStore store = session.store();
            session.engine().sync(SyncListener.NONE);
            List<UUID> queued = new ArrayList<>();
            List<String> complaintIds = new ArrayList<>();
            for (Complaint c : TrainingWorld.openComplaints(store, 15)) {
                complaintIds.add(c.id());
                for (int i = 0; i < 3; i++) {
                    queued.add(store.enqueue(c.id(), c.version(), new Note("catatan internal " + i)).actionId());
                }
            }
            assertThat(queued).hasSize(45);

            SyncReport report = session.engine().sync(SyncListener.NONE);

            assertThat(store.outbox()).isEmpty();
            assertThat(report.applied()).isEqualTo(queued.size());
            assertThat(report.conflicts()).isZero();
            assertThat(report.rejected()).isZero();
            Set<String> ours = queued.stream().map(UUID::toString).collect(Collectors.toSet());
            List<String> appliedIds = new ArrayList<>();
            for (String id : complaintIds) {
                for (AppliedAction a : world.applied(id)) {
                    if (ours.contains(a.actionId())) {
                        appliedIds.add(a.actionId());
                    }
                }
            }
            assertThat(appliedIds).hasSize(queued.size()).doesNotHaveDuplicates();
            assertThat(Set.copyOf(appliedIds)).isEqualTo(ours);
        }
    }

    @Test
    void aConflictSurfacesWithTheServersVersionAndResolvesByResending() {
        try (TrainingWorld world = TrainingWorld.start(300, null); Session session = world.session(data, "penghubung")) {
            CaseStore store = session.store();
            session.engine().sync(SyncListener.NONE);
            List<Complaint> open = TrainingWorld.openComplaints(store, 2);
            Complaint contested = open.get(0);
            Complaint other = open.get(1);
            // Offline, the officer queues two actions on one complaint and one on another...
            UUID first = store.enqueue(contested.id(), contested.version(), new Note("pertama")).actionId();
            UUID second = store.enqueue(contested.id(), contested.version(), new Note("kedua")).actionId();
            UUID elsewhere = store.enqueue(other.id(), other.version(), new Note("lain")).actionId();
            // ...while the reporter replies on the server.
            JsonNode changed = world.reporterReply(contested.id(), "Saya tambahkan keterangan.");
            long serverVersion = changed.get("version").asLong();
            assertThat(serverVersion).isGreaterThan(contested.version());

            SyncReport report = session.engine().sync(SyncListener.NONE);

            assertThat(report.conflicts()).isEqualTo(1);
            OutboxEntry conflict = store.outboxEntry(first).orElseThrow();
            assertThat(conflict.state()).isEqualTo(OutboxState.CONFLICT);
            // Both versions: the officer's (base version + action) and the server's current complaint.
            assertThat(conflict.baseVersion()).isEqualTo(contested.version());
            JsonNode answer = readTree(conflict.serverAnswerJson().orElseThrow());
            assertThat(answer.get("version").asLong()).isEqualTo(serverVersion);
            assertThat(answer.toString()).contains("Saya tambahkan keterangan.");
            // The later action on the same complaint waits; the other complaint went through.
            assertThat(store.outboxEntry(second).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
            assertThat(store.outboxEntry(elsewhere).orElseThrow().state()).isEqualTo(OutboxState.APPLIED);
            assertThat(store.complaint(contested.id()).orElseThrow().version()).isEqualTo(serverVersion);

            // The officer reviewed the change and resends on the new version.
            assertThat(store.resend(first, serverVersion)).isTrue();
            SyncReport resolved = session.engine().sync(SyncListener.NONE);
            assertThat(resolved.applied()).isEqualTo(1);
            // The second was also written on the old version: the store quarantines it in turn, the officer resends it too.
            OutboxEntry next = store.outboxEntry(second).orElseThrow();
            assertThat(next.state()).isEqualTo(OutboxState.CONFLICT);
            long latest = readTree(next.serverAnswerJson().orElseThrow()).get("version").asLong();
            assertThat(store.resend(second, latest)).isTrue();
            assertThat(session.engine().sync(SyncListener.NONE).applied()).isEqualTo(1);
            assertThat(store.outbox()).isEmpty();
            List<String> applied = world.applied(contested.id()).stream().map(AppliedAction::actionId).toList();
            assertThat(applied).containsSubsequence(first.toString(), second.toString()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aSyncWithNothingNewIsOneRequest() {
        try (TrainingWorld world = TrainingWorld.start(200, null); Session session = world.session(data, "penghubung")) {
            SyncReport first = session.engine().sync(SyncListener.NONE);
            assertThat(first.pulled()).isPositive();
            SyncReport again = session.engine().sync(SyncListener.NONE);
            assertThat(again.requests()).isEqualTo(1);
            assertThat(again.pulled()).isZero();
            assertThat(again.pages()).isEqualTo(1);
        }
    }

    @Test
    void progressReportsPhasesInOrderAndPagesLandAsTheyArrive() {
        try (TrainingWorld world = TrainingWorld.start(300, null)) {
            SignInService service = new SignInService(new id.penghubung.store.account.AccountRegistry(data),
                    SignInService.ApiFactory.OKHTTP, id.penghubung.model.calendar.CalendarHolder.withBundled(),
                    SyncEngine.Options.defaults().withBackoff(TrainingWorld.FAST).withPageSize(50), java.time.Clock.systemUTC());
            SignInResult.SignedIn signedIn = (SignInResult.SignedIn) service.signIn(world.url(), "penghubung", TrainingWorld.PASSWORD.toCharArray());
            try (Session session = signedIn.session()) {
                List<SyncPhase> phases = new ArrayList<>();
                List<Integer> cachedAtEachPage = new ArrayList<>();
                List<Boolean> bulkAtEachPage = new ArrayList<>();
                SyncReport report = session.engine().sync(new SyncListener() {
                    @Override
                    public void progress(SyncProgress progress) {
                        if (phases.isEmpty() || phases.getLast() != progress.phase()) {
                            phases.add(progress.phase());
                        }
                    }

                    @Override
                    public void pageApplied(int items, int removed) {
                        java.time.Instant now = java.time.Instant.now();
                        cachedAtEachPage.add(session.store().count(id.penghubung.store.InboxQuery.of(id.penghubung.store.InboxView.ALL, now, now)));
                        bulkAtEachPage.add(session.store().bulkLoading());
                    }
                });
                assertThat(phases.getFirst()).isEqualTo(SyncPhase.PUSH);
                assertThat(phases).containsSubsequence(SyncPhase.PUSH, SyncPhase.PULL, SyncPhase.DONE);
                assertThat(report.pages()).isGreaterThan(1);
                // The inbox fills page by page, before the sync ends.
                assertThat(cachedAtEachPage).isSorted();
                assertThat(cachedAtEachPage.getFirst()).isLessThan(cachedAtEachPage.getLast());
                assertThat(session.reference().current()).isPresent();
                // The first pull loaded in bulk and the engine built the deferred indexes when it ended.
                assertThat(bulkAtEachPage.getFirst()).isTrue();
                assertThat(session.store().bulkLoading()).isFalse();
            }
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return Json.lenient().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
