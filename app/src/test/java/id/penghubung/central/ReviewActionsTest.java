package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.EventType;
import id.penghubung.model.Role;
import id.penghubung.model.Status;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A reviewer who approves (issue 20) over real HTTP: where Pemkot Bandung requires review, the
 * officer's direct answer is refused, a draft is returned with notes, resubmitted and approved by
 * the supervisor (atasan), and posted once in the officer's name with the approver recorded, however
 * often the actions are replayed. Only the policy's roles draft and approve.
 */
class ReviewActionsTest {
    private static final String OFFICER_NAME = "Penghubung Pemerintah Kota Bandung";
    private static final String SUPERVISOR_NAME = "Kepala Bagian Pengaduan Kota Bandung";

    private static CentralServer reviewed() throws Exception {
        return CentralServer.start(CentralConfig.forTests(40).withReviewedAgencies(Set.of(CentralConfig.REVIEWED_AGENCY)));
    }

    private static WireComplaint waitingForFollowUp(ApiClient officer) {
        return officer.pullAll(1000).values().stream()
                .filter(w -> w.knownStatus() == Status.BELUM_DITINDAKLANJUTI)
                .findFirst().orElseThrow();
    }

    @Test
    void aReturnedDraftResubmittedAndApprovedIsPostedOnceInItsAuthorsName() throws Exception {
        try (CentralServer server = reviewed()) {
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            ApiClient atasan = ApiClient.login(server.baseUri(), "atasan");
            ApiClient ombudsman = ApiClient.login(server.baseUri(), "ombudsman");
            ReferenceData reference = officer.get("/api/v1/reference").as(ReferenceData.class);
            assertThat(reference.agencyPolicy().review().required()).isTrue();
            assertThat(reference.agencyPolicy().review().drafters()).containsExactly(Role.OFFICER);
            assertThat(reference.agencyPolicy().review().approvers()).containsExactly(Role.SUPERVISOR);
            WireComplaint c = waitingForFollowUp(officer);
            long v = c.version();

            // The direct answer needs approval: refused, nothing written.
            ActionResult direct = officer.act(new WireAction(uuid(), c.id(), v, ActionType.RESPOND, "Langsung.", List.of(),
                    null, null, null, null, null)).results().getFirst();
            assertThat(direct.outcome()).isEqualTo(ActionOutcome.REJECTED);
            assertThat(direct.error().code()).isEqualTo(ErrorCodes.REVIEW_REQUIRED);

            String first = uuid();
            ActionResult submitted = officer.act(WireAction.submitReview(first, c.id(), v, ActionType.RESPOND,
                    "Akan dicek minggu depan.", List.of(), null)).results().getFirst();
            assertThat(submitted.outcome()).as("%s", submitted.error()).isEqualTo(ActionOutcome.APPLIED);
            assertThat(submitted.complaint().knownStatus()).as("the clock keeps running: no answer yet").isEqualTo(Status.BELUM_DITINDAKLANJUTI);
            assertThat(last(submitted.complaint()).knownType()).isEqualTo(EventType.REVIEW_SUBMITTED);
            assertThat(last(submitted.complaint()).review().answerType()).isEqualTo(ActionType.RESPOND);

            // A second draft while one waits is refused.
            ActionResult second = officer.act(WireAction.submitReview(uuid(), c.id(), submitted.version(), ActionType.RESPOND,
                    "Lagi.", List.of(), null)).results().getFirst();
            assertThat(second.error().fields()).containsKey("type");

            ActionResult returned = atasan.act(WireAction.review(uuid(), c.id(), submitted.version(), ActionType.RETURN, first,
                    "Sebutkan tanggal dan unit yang mengecek.")).results().getFirst();
            assertThat(returned.outcome()).as("%s", returned.error()).isEqualTo(ActionOutcome.APPLIED);
            assertThat(last(returned.complaint()).knownType()).isEqualTo(EventType.REVIEW_RETURNED);
            assertThat(last(returned.complaint()).text()).isEqualTo("Sebutkan tanggal dan unit yang mengecek.");

            // The returned draft can no longer be approved.
            ActionResult stale = atasan.act(WireAction.review(uuid(), c.id(), returned.version(), ActionType.APPROVE, first, null))
                    .results().getFirst();
            assertThat(stale.error().fields()).containsEntry("submissionId", "not waiting for approval");

            // Resubmitted on the version before the return: the supervisor changed it since, a conflict as for any action.
            ActionResult conflict = officer.act(WireAction.submitReview(uuid(), c.id(), submitted.version(), ActionType.RESPOND,
                    "x", List.of(), null)).results().getFirst();
            assertThat(conflict.outcome()).isEqualTo(ActionOutcome.CONFLICT);

            String resubmission = uuid();
            WireAction resubmit = WireAction.submitReview(resubmission, c.id(), returned.version(), ActionType.RESPOND,
                    "Dinas SDABM mengecek lokasi pada Kamis 5 Maret.", List.of(), null);
            ActionResult again = officer.act(resubmit).results().getFirst();
            assertThat(again.outcome()).as("%s", again.error()).isEqualTo(ActionOutcome.APPLIED);

            WireAction approve = WireAction.review(uuid(), c.id(), again.version(), ActionType.APPROVE, resubmission, null);
            ActionResult approved = atasan.act(approve).results().getFirst();
            assertThat(approved.outcome()).as("%s", approved.error()).isEqualTo(ActionOutcome.APPLIED);
            WireEvent posted = last(approved.complaint());
            assertThat(posted.knownType()).isEqualTo(EventType.RESPONDED);
            assertThat(posted.actor().name()).isEqualTo(OFFICER_NAME);
            assertThat(posted.text()).isEqualTo("Dinas SDABM mengecek lokasi pada Kamis 5 Maret.");
            assertThat(posted.review().approvedBy()).isEqualTo(SUPERVISOR_NAME);
            assertThat(approved.complaint().knownStatus()).isEqualTo(Status.PROSES);

            // Replays (a lost response on either side) post nothing again.
            assertThat(atasan.act(approve).results().getFirst().outcome()).isEqualTo(ActionOutcome.DUPLICATE);
            assertThat(officer.act(resubmit).results().getFirst().outcome()).isEqualTo(ActionOutcome.DUPLICATE);
            WireComplaint now = officer.pullAll(1000).get(c.id());
            assertThat(now.events().stream().filter(e -> e.knownType() == EventType.RESPONDED)).hasSize(1);
            assertThat(now.events().stream().filter(e -> e.knownType() == EventType.REVIEW_SUBMITTED)).hasSize(2);

            // The drafts and notes are the agency's: the Ombudsman sees the posted answer only.
            WireComplaint seen = ombudsman.pullAll(1000).get(c.id());
            if (seen != null) {
                assertThat(seen.events()).noneMatch(e -> ReviewActions.EVENTS.contains(e.knownType()));
                assertThat(seen.events()).anyMatch(e -> e.knownType() == EventType.RESPONDED);
            }
        }
    }

    @Test
    void onlyThePolicysRolesDraftAndApprove() throws Exception {
        try (CentralServer server = reviewed()) {
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            ApiClient colleague = ApiClient.login(server.baseUri(), "penghubung.bandung2");
            ApiClient atasan = ApiClient.login(server.baseUri(), "atasan");
            WireComplaint c = waitingForFollowUp(officer);
            String draft = uuid();
            ActionResult submitted = officer.act(WireAction.submitReview(draft, c.id(), c.version(), ActionType.NOT_AUTHORIZED,
                    "Ruas jalan provinsi.", null, "pemprov-jabar")).results().getFirst();
            assertThat(submitted.outcome()).as("%s", submitted.error()).isEqualTo(ActionOutcome.APPLIED);

            for (ApiClient notApprover : List.of(officer, colleague)) {
                ActionResult refused = notApprover.act(WireAction.review(uuid(), c.id(), submitted.version(), ActionType.APPROVE,
                        draft, null)).results().getFirst();
                assertThat(refused.outcome()).isEqualTo(ActionOutcome.REJECTED);
                assertThat(refused.error().code()).isEqualTo(ErrorCodes.ROLE_NOT_ALLOWED);
            }
            ActionResult supervisorDrafts = atasan.act(WireAction.submitReview(uuid(), c.id(), submitted.version(),
                    ActionType.RESPOND, "x", List.of(), null)).results().getFirst();
            assertThat(supervisorDrafts.error().code()).isEqualTo(ErrorCodes.ROLE_NOT_ALLOWED);

            ActionResult approved = atasan.act(WireAction.review(uuid(), c.id(), submitted.version(), ActionType.APPROVE, draft, null))
                    .results().getFirst();
            assertThat(approved.outcome()).as("%s", approved.error()).isEqualTo(ActionOutcome.APPLIED);
            WireEvent posted = last(approved.complaint());
            assertThat(posted.knownType()).isEqualTo(EventType.NOT_AUTHORIZED);
            assertThat(posted.text()).isEqualTo("Ruas jalan provinsi.");
            assertThat(posted.review().suggestedAgencyId()).isEqualTo("pemprov-jabar");
            assertThat(approved.complaint().knownStatus()).as("bukan wewenang waits for the admin").isEqualTo(Status.BELUM_DITINDAKLANJUTI);
        }
    }

    @Test
    void withoutReviewTheAgencyAnswersDirectlyAndCannotSubmit() throws Exception {
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(40))) {
            ApiClient officer = ApiClient.login(server.baseUri(), "penghubung");
            assertThat(officer.get("/api/v1/reference").as(ReferenceData.class).agencyPolicy().review()).isNull();
            WireComplaint c = waitingForFollowUp(officer);
            ActionResult draft = officer.act(WireAction.submitReview(uuid(), c.id(), c.version(), ActionType.RESPOND, "x",
                    List.of(), null)).results().getFirst();
            assertThat(draft.outcome()).isEqualTo(ActionOutcome.REJECTED);
            assertThat(draft.error().fields()).containsEntry("type", "the agency does not review answers");
            ActionResult direct = officer.act(new WireAction(uuid(), c.id(), c.version(), ActionType.RESPOND, "Langsung.", List.of(),
                    null, null, null, null, null)).results().getFirst();
            assertThat(direct.outcome()).isEqualTo(ActionOutcome.APPLIED);
        }
    }

    private static WireEvent last(WireComplaint c) {
        return c.events().getLast();
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
