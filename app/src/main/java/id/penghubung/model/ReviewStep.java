package id.penghubung.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The review an event belongs to (issue 20): on REVIEW_SUBMITTED, REVIEW_APPROVED and
 * REVIEW_RETURNED, and on the public answer an approval posted ({@code approvedBy} the approver).
 * {@code submissionId} is the submission's id (the REVIEW_SUBMITTED event's id); {@code authorId} the userId
 * of the draft's author, on the review events (empty on the posted answer and on steps recorded before it
 * was published).
 */
public record ReviewStep(String submissionId, ActionType answerType, Optional<String> suggestedAgencyId, Optional<String> approvedBy,
        Optional<String> authorId) {
    public ReviewStep {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(answerType, "answerType");
        Objects.requireNonNull(suggestedAgencyId, "suggestedAgencyId");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(authorId, "authorId");
    }

    /** A step whose author is not named. */
    public ReviewStep(String submissionId, ActionType answerType, Optional<String> suggestedAgencyId, Optional<String> approvedBy) {
        this(submissionId, answerType, suggestedAgencyId, approvedBy, Optional.empty());
    }
}
