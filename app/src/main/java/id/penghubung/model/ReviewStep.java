package id.penghubung.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The review an event belongs to (issue 20): on REVIEW_SUBMITTED, REVIEW_APPROVED and
 * REVIEW_RETURNED, and on the public answer an approval posted ({@code approvedBy} the approver).
 * {@code submissionId} is the submission's id (the REVIEW_SUBMITTED event's id).
 */
public record ReviewStep(String submissionId, ActionType answerType, Optional<String> suggestedAgencyId, Optional<String> approvedBy) {
    public ReviewStep {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(answerType, "answerType");
        Objects.requireNonNull(suggestedAgencyId, "suggestedAgencyId");
        Objects.requireNonNull(approvedBy, "approvedBy");
    }
}
