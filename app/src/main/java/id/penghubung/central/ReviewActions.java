package id.penghubung.central;

import id.penghubung.model.ActionType;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.ReviewPolicy;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireReviewStep;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A reviewer who approves (issue 20): where the agency's policy requires review, a public answer
 * (RESPOND, COMPLETE, NOT_AUTHORIZED) of a drafter is submitted (SUBMIT_REVIEW), then approved
 * (APPROVE: the answer is posted in its author's name, the approver recorded) or returned with notes
 * (RETURN). At most one submission waits per complaint: opened by REVIEW_SUBMITTED, closed by
 * REVIEW_APPROVED or REVIEW_RETURNED naming it. The review events are internal, like a NOTE.
 */
final class ReviewActions {
    static final Set<ActionType> TYPES = EnumSet.of(ActionType.SUBMIT_REVIEW, ActionType.APPROVE, ActionType.RETURN);
    static final Set<EventType> EVENTS = EnumSet.of(EventType.REVIEW_SUBMITTED, EventType.REVIEW_APPROVED, EventType.REVIEW_RETURNED);
    /** The suffix of the posted answer's event id after the APPROVE's own REVIEW_APPROVED (which keeps the action's id). */
    static final String ANSWER_SUFFIX = "-answer";

    private final Set<String> reviewedAgencies;

    ReviewActions(Set<String> reviewedAgencies) {
        this.reviewedAgencies = Set.copyOf(reviewedAgencies);
    }

    static boolean handles(ActionType type) {
        return TYPES.contains(type);
    }

    private Optional<ReviewPolicy> policy(ComplaintRecord record) {
        return record.agencyId().filter(reviewedAgencies::contains).map(a -> AgencyPolicies.REVIEW);
    }

    /**
     * Why the agency's review policy refuses this action, if it does: a public answer without approval
     * (REVIEW_REQUIRED); a review action by a role the policy does not name, or an author approving
     * their own draft (ROLE_NOT_ALLOWED).
     */
    Optional<ApiError> refusal(Connection c, Principal caller, WireAction a, ComplaintRecord record) throws SQLException {
        Optional<ReviewPolicy> policy = policy(record);
        if (ReviewPolicy.PUBLIC_ANSWERS.contains(a.type())) {
            return policy.filter(p -> p.needsApproval(caller.role()))
                    .map(p -> ApiError.of(ErrorCodes.REVIEW_REQUIRED, "Your agency's public answers need approval: send SUBMIT_REVIEW"));
        }
        if (!handles(a.type()) || policy.isEmpty()) {
            return Optional.empty();
        }
        if (a.type() == ActionType.SUBMIT_REVIEW) {
            return policy.get().drafters().contains(caller.role()) ? Optional.empty()
                    : Optional.of(ApiError.of(ErrorCodes.ROLE_NOT_ALLOWED, "A " + caller.role() + " does not draft for review in this agency"));
        }
        if (!policy.get().approvers().contains(caller.role())) {
            return Optional.of(ApiError.of(ErrorCodes.ROLE_NOT_ALLOWED, "Only " + policy.get().approvers() + " approve in this agency"));
        }
        if (a.submissionId() != null) {
            Optional<ComplaintStore.StoredAction> submitted = ComplaintStore.findAction(c, a.submissionId());
            if (submitted.isPresent() && submitted.get().userId().equals(caller.userId())) {
                return Optional.of(ApiError.of(ErrorCodes.ROLE_NOT_ALLOWED, "An author does not approve their own draft"));
            }
        }
        return Optional.empty();
    }

    /** The payload checks of the review actions, into {@code f} (field to message); text and attachments are checked by the caller. */
    void validate(Map<String, String> f, WireAction a, ComplaintRecord record) {
        Optional<WireEvent> waiting = waiting(record.wire());
        switch (a.type()) {
            case SUBMIT_REVIEW -> {
                if (policy(record).isEmpty()) {
                    f.put("type", "the agency does not review answers");
                } else if (waiting.isPresent()) {
                    f.put("type", "a draft is already waiting for approval");
                }
                if (a.answerType() == null || !ReviewPolicy.PUBLIC_ANSWERS.contains(a.answerType())) {
                    f.put("answerType", "required, one of RESPOND, COMPLETE, NOT_AUTHORIZED");
                } else if (a.answerType() == ActionType.NOT_AUTHORIZED && a.attachmentIds() != null && !a.attachmentIds().isEmpty()) {
                    f.put("attachmentIds", "not allowed for a NOT_AUTHORIZED draft");
                } else if (a.answerType() != ActionType.NOT_AUTHORIZED && a.suggestedAgencyId() != null) {
                    f.put("suggestedAgencyId", "only for a NOT_AUTHORIZED draft");
                }
                if (a.suggestedAgencyId() != null && Catalog.agency(a.suggestedAgencyId()).isEmpty()) {
                    f.put("suggestedAgencyId", "unknown institution");
                }
            }
            case APPROVE, RETURN -> {
                if (a.submissionId() == null || a.submissionId().isBlank()) {
                    f.put("submissionId", "required");
                } else if (waiting.map(e -> !e.id().equals(a.submissionId())).orElse(true)) {
                    f.put("submissionId", "not waiting for approval");
                }
                if (a.type() == ActionType.RETURN && (a.note() == null || a.note().isBlank())) {
                    f.put("note", "required, not empty");
                } else if (a.note() != null && a.note().length() > ActionService.MAX_TEXT) {
                    f.put("note", "at most " + ActionService.MAX_TEXT + " characters");
                }
            }
            default -> throw new IllegalArgumentException(a.type().name());
        }
    }

    /** The submission waiting for approval, if any: the last REVIEW_SUBMITTED not yet approved or returned. */
    static Optional<WireEvent> waiting(WireComplaint w) {
        WireEvent open = null;
        for (WireEvent e : w.events()) {
            if (e.review() == null) {
                continue;
            }
            switch (e.knownType()) {
                case REVIEW_SUBMITTED -> open = e;
                case REVIEW_APPROVED, REVIEW_RETURNED -> {
                    if (open != null && open.id().equals(e.review().submissionId())) {
                        open = null;
                    }
                }
                default -> {
                    // The posted answer repeats the review; the approval already closed it.
                }
            }
        }
        return Optional.ofNullable(open);
    }

    /**
     * The events a valid review action adds: the review event, and on APPROVE the posted answer after it.
     * {@code callerId}: the acting account's userId, the author of a SUBMIT_REVIEW; a return or an approval
     * names the author of the draft it decides.
     */
    List<WireEvent> events(WireAction a, WireComplaint w, WireActor actor, String callerId, Instant now, List<WireAttachment> files) {
        return switch (a.type()) {
            case SUBMIT_REVIEW -> List.of(new WireEvent(a.actionId(), EventType.REVIEW_SUBMITTED, now, actor, a.text(), files,
                    new WireReviewStep(a.actionId(), a.answerType(), a.suggestedAgencyId(), null, callerId)));
            case RETURN -> {
                WireEvent submitted = waiting(w).orElseThrow();
                yield List.of(new WireEvent(a.actionId(), EventType.REVIEW_RETURNED, now, actor, a.note(), List.of(),
                        new WireReviewStep(submitted.id(), submitted.review().answerType(), null, null, submitted.review().authorId())));
            }
            case APPROVE -> {
                WireEvent submitted = waiting(w).orElseThrow();
                WireReviewStep s = submitted.review();
                EventType posted = switch (s.answerType()) {
                    case RESPOND -> EventType.RESPONDED;
                    case COMPLETE -> EventType.COMPLETED;
                    case NOT_AUTHORIZED -> EventType.NOT_AUTHORIZED;
                    default -> throw new IllegalStateException(s.answerType().name());
                };
                yield List.of(new WireEvent(a.actionId(), EventType.REVIEW_APPROVED, now, actor, "", List.of(),
                                new WireReviewStep(submitted.id(), s.answerType(), null, null, s.authorId())),
                        new WireEvent(a.actionId() + ANSWER_SUFFIX, posted, now, submitted.actor(), submitted.text(),
                                submitted.attachments(), new WireReviewStep(submitted.id(), s.answerType(), s.suggestedAgencyId(),
                                        actor.name())));
            }
            default -> throw new IllegalArgumentException(a.type().name());
        };
    }

    /** The status after a review action: an approved answer moves it as the direct answer would. */
    static Status statusAfter(WireAction a, WireComplaint w, Status status) {
        if (a.type() != ActionType.APPROVE) {
            return status;
        }
        return switch (waiting(w).orElseThrow().review().answerType()) {
            case RESPOND -> Status.PROSES;
            case COMPLETE -> Status.SELESAI;
            default -> status;
        };
    }
}
