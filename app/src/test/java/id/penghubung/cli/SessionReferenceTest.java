package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Role;
import id.penghubung.protocol.ReviewPolicy;
import id.penghubung.ui.action.AnswerRights;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reference data's review policy as the desk applies it to the signed-in role (issue 20). */
class SessionReferenceTest {
    private static final ReviewPolicy PENGHUBUNG_DRAFTS = new ReviewPolicy(true, List.of(Role.OFFICER), List.of(Role.SUPERVISOR));

    @Test
    void aDrafterSubmitsAndAnApproverPostsAndApproves() {
        AnswerRights officer = SessionReference.rights(Optional.of(PENGHUBUNG_DRAFTS), Role.OFFICER);
        assertThat(officer.submits()).isTrue();
        assertThat(officer.mayAnswer()).isTrue();
        assertThat(officer.approves()).isFalse();

        AnswerRights supervisor = SessionReference.rights(Optional.of(PENGHUBUNG_DRAFTS), Role.SUPERVISOR);
        assertThat(supervisor.submits()).isFalse();
        assertThat(supervisor.mayAnswer()).isTrue();
        assertThat(supervisor.approves()).isTrue();
    }

    @Test
    void aRoleNamedNeitherDrafterNorApproverMayNotAnswer() {
        ReviewPolicy onlyTheSupervisor = new ReviewPolicy(true, List.of(), List.of(Role.SUPERVISOR));
        AnswerRights officer = SessionReference.rights(Optional.of(onlyTheSupervisor), Role.OFFICER);
        assertThat(officer.mayAnswer()).isFalse();
        assertThat(officer).extracting(AnswerRights::role, AnswerRights::approvers)
                .containsExactly(Role.OFFICER, List.of(Role.SUPERVISOR));
    }

    @Test
    void withoutReviewEveryOfficerPostsDirectly() {
        AnswerRights none = SessionReference.rights(Optional.empty(), Role.OFFICER);
        assertThat(none.submits()).isFalse();
        assertThat(none.mayAnswer()).isTrue();
        AnswerRights notRequired = SessionReference.rights(Optional.of(new ReviewPolicy(false, List.of(), List.of(Role.SUPERVISOR))),
                Role.OFFICER);
        assertThat(notRequired.submits()).isFalse();
        assertThat(notRequired.mayAnswer()).isTrue();
    }
}
