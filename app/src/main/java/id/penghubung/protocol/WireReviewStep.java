package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.penghubung.model.ActionType;

/**
 * The review an event belongs to (issue 20): on REVIEW_SUBMITTED, REVIEW_APPROVED and REVIEW_RETURNED,
 * and on the public answer an approval posted (with {@code approvedBy}). {@code submissionId} is the
 * SUBMIT_REVIEW's actionId, {@code answerType} RESPOND, COMPLETE or NOT_AUTHORIZED; {@code authorId} the
 * userId of the draft's author on the three review events (absent on the posted answer).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WireReviewStep(String submissionId, ActionType answerType, String suggestedAgencyId, String approvedBy,
        String authorId) {
    /** A step without its author (the posted answer). */
    public WireReviewStep(String submissionId, ActionType answerType, String suggestedAgencyId, String approvedBy) {
        this(submissionId, answerType, suggestedAgencyId, approvedBy, null);
    }
}
