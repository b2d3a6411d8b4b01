package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralConfig;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Reviews;
import id.penghubung.model.action.Approve;
import id.penghubung.model.action.Respond;
import id.penghubung.model.action.ReturnDraft;
import id.penghubung.model.action.SubmitReview;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxView;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer who approves through two real desks' outboxes and caches (issue 20): the officer's
 * answer is queued as a draft for approval, the supervisor (atasan) finds it in "Menunggu persetujuan"
 * and returns it, the officer finds it in "Dikembalikan", resubmits, the supervisor approves: the
 * answer is posted once, in the officer's name with the approver recorded, in both caches.
 */
class ReviewSyncTest {
    @TempDir
    Path data;

    @Test
    void aReturnedDraftResubmittedAndApprovedThroughBothDesks() throws Exception {
        CentralConfig config = CentralConfig.forTests(20).withReviewedAgencies(Set.of(CentralConfig.REVIEWED_AGENCY));
        try (TrainingWorld world = TrainingWorld.start(config);
                Session officer = world.session(data.resolve("officer"), "penghubung");
                Session atasan = world.session(data.resolve("atasan"), "atasan")) {
            CaseStore mine = officer.store();
            CaseStore theirs = atasan.store();
            officer.engine().sync(SyncListener.NONE);
            atasan.engine().sync(SyncListener.NONE);
            Complaint c = TrainingWorld.openComplaints(mine, 1).getFirst();

            mine.enqueue(c.id(), c.version(), SubmitReview.of(new Respond("Akan dicek.", List.of())));
            officer.engine().sync(SyncListener.NONE);
            atasan.engine().sync(SyncListener.NONE);
            assertThat(count(theirs, InboxView.AWAITING_APPROVAL)).isEqualTo(1);
            Complaint waiting = theirs.complaint(c.id()).orElseThrow();
            Event draft = Reviews.waiting(waiting).orElseThrow();
            assertThat(draft.review().orElseThrow().answerType()).isEqualTo(ActionType.RESPOND);

            theirs.enqueue(c.id(), waiting.version(), new ReturnDraft(draft.id(), "Sebutkan tanggalnya."));
            atasan.engine().sync(SyncListener.NONE);
            officer.engine().sync(SyncListener.NONE);
            assertThat(count(mine, InboxView.RETURNED)).isEqualTo(1);
            assertThat(count(mine, InboxView.AWAITING_APPROVAL)).isZero();
            Complaint back = mine.complaint(c.id()).orElseThrow();
            assertThat(Reviews.returned(back).orElseThrow().text()).isEqualTo("Sebutkan tanggalnya.");

            mine.enqueue(c.id(), back.version(), SubmitReview.of(new Respond("Dicek Kamis 5 Maret.", List.of())));
            officer.engine().sync(SyncListener.NONE);
            atasan.engine().sync(SyncListener.NONE);
            Complaint again = theirs.complaint(c.id()).orElseThrow();
            theirs.enqueue(c.id(), again.version(), new Approve(Reviews.waiting(again).orElseThrow().id()));
            atasan.engine().sync(SyncListener.NONE);
            officer.engine().sync(SyncListener.NONE);

            assertThat(theirs.outboxFor(c.id())).extracting(OutboxEntry::state).containsOnly(OutboxState.APPLIED);
            assertThat(mine.outboxFor(c.id())).extracting(OutboxEntry::state).containsOnly(OutboxState.APPLIED);
            for (CaseStore store : List.of(mine, theirs)) {
                Complaint done = store.complaint(c.id()).orElseThrow();
                List<Event> posted = done.events().stream().filter(e -> e.type() == EventType.RESPONDED).toList();
                assertThat(posted).hasSize(1);
                assertThat(posted.getFirst().text()).isEqualTo("Dicek Kamis 5 Maret.");
                assertThat(posted.getFirst().actor().name()).isEqualTo("Penghubung Pemerintah Kota Bandung");
                assertThat(posted.getFirst().review().orElseThrow().approvedBy()).contains("Kepala Bagian Pengaduan Kota Bandung");
                assertThat(count(store, InboxView.AWAITING_APPROVAL) + count(store, InboxView.RETURNED)).isZero();
            }
        }
    }

    private static int count(CaseStore store, InboxView view) {
        return store.counts(Instant.now(), Instant.now().plusSeconds(86_400 * 3)).get(view);
    }
}
