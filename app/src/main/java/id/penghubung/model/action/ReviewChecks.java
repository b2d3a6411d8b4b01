package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.Reviews;
import java.util.List;

/**
 * The checks of the review actions (issue 20): a draft is checked as the public answer it would be
 * (its status, text, attachments, suggested institution) and refused while another draft waits;
 * an approval or a return must name the submission that waits. Who may draft or approve is the
 * agency's policy, which the desk reads and the server enforces.
 */
final class ReviewChecks {
    private ReviewChecks() {
    }

    static void checkDraft(SubmitReview draft, Complaint complaint, ActingAccount account, List<Problem> problems) {
        ActionValidator.checkStatus(draft.answerType(), complaint, problems);
        if (Reviews.waiting(complaint).isPresent()) {
            problems.add(Problem.of(ActionValidator.FIELD_ACTION, ActionValidator.REVIEW_PENDING));
        }
        if (draft.answerType() == ActionType.NOT_AUTHORIZED) {
            ActionValidator.checkText(ActionValidator.FIELD_REASON, draft.text(), ActionValidator.MAX_REASON, true, problems);
            ActionValidator.checkSuggestedAgency(draft.suggestedAgencyId(), complaint, account, problems);
        } else {
            ActionValidator.checkText(ActionValidator.FIELD_TEXT, draft.text(), ActionValidator.MAX_TEXT, true, problems);
            ActionValidator.checkAttachments(draft.attachmentShas(), problems);
        }
    }

    static void checkWaiting(String submissionId, Complaint complaint, List<Problem> problems) {
        if (!Reviews.waiting(complaint).map(Event::id).filter(submissionId::equals).isPresent()) {
            problems.add(Problem.of(ActionValidator.FIELD_ACTION, ActionValidator.REVIEW_NOT_WAITING));
        }
    }
}
