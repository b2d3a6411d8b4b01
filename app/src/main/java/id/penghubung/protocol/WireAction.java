package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.penghubung.model.ActionType;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.LinkRelation;
import java.time.Instant;
import java.util.List;

/**
 * One officer action as sent to the server. Which payload fields apply depends on {@code type}:
 * RESPOND and COMPLETE use text and attachmentIds (SHA-256 of uploaded files); DISPOSE unitId and
 * note, or units (issue 20); NOT_AUTHORIZED reason and suggestedAgencyId; REQUEST_INFO question; NOTE text;
 * UNIT_REPLY unitId, text, attachmentIds, answeredBy, answeredAt; UNIT_REMIND unitId and note;
 * UNIT_WITHDRAW unitId and reason; CREATE the new complaint's title, body, categoryId, classification,
 * channel, location, anonymous, reporter, receivedAt and attachmentIds. Fields that do not apply are
 * null and not written. {@code actionId} is kept in lower case, however it arrives. {@code
 * classification} and {@code channel} stay names so that a value the server does not take is a
 * per-action VALIDATION_FAILED, not a failed request. SET_TIER tier; EXTEND reason (issue 22); LINK
 * relatedTrackingId and relation, UNLINK relatedTrackingId (issue 17); SUBMIT_REVIEW answerType, text,
 * attachmentIds, suggestedAgencyId; APPROVE submissionId; RETURN submissionId and note (issue 20, review). Each issue's fields have their own constructor
 * below, so that adding fields does not touch every call.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WireAction(
        String actionId,
        String complaintId,
        Long baseVersion,
        ActionType type,
        String text,
        List<String> attachmentIds,
        String unitId,
        String note,
        String reason,
        String suggestedAgencyId,
        String question,
        String title,
        String body,
        String categoryId,
        String classification,
        String channel,
        WireLocation location,
        Boolean anonymous,
        WireReporter reporter,
        Instant receivedAt,
        List<WireUnitOrder> units,
        String answeredBy,
        Instant answeredAt,
        CompletionTier tier,
        String relatedTrackingId,
        LinkRelation relation,
        ActionType answerType,
        String submissionId) {

    /** One action, one ID: an ID in capitals is the same ID (RFC 9562 UUIDs compare case-insensitively). */
    public WireAction {
        actionId = ActionIds.normalise(actionId);
    }

    /** An action on an existing complaint with none of the newer fields. */
    public WireAction(String actionId, String complaintId, Long baseVersion, ActionType type, String text,
            List<String> attachmentIds, String unitId, String note, String reason, String suggestedAgencyId, String question) {
        this(actionId, complaintId, baseVersion, type, text, attachmentIds, unitId, note, reason, suggestedAgencyId, question,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A CREATE (issue 20, intake). */
    public WireAction(String actionId, String complaintId, Long baseVersion, ActionType type, String text,
            List<String> attachmentIds, String unitId, String note, String reason, String suggestedAgencyId, String question,
            String title, String body, String categoryId, String classification, String channel, WireLocation location,
            Boolean anonymous, WireReporter reporter, Instant receivedAt) {
        this(actionId, complaintId, baseVersion, type, text, attachmentIds, unitId, note, reason, suggestedAgencyId, question,
                title, body, categoryId, classification, channel, location, anonymous, reporter, receivedAt, null, null, null, null, null, null, null, null);
    }

    /** An action with the coordination fields (issue 20, units). */
    public WireAction(String actionId, String complaintId, Long baseVersion, ActionType type, String text,
            List<String> attachmentIds, String unitId, String note, String reason, String suggestedAgencyId, String question,
            List<WireUnitOrder> units, String answeredBy, Instant answeredAt) {
        this(actionId, complaintId, baseVersion, type, text, attachmentIds, unitId, note, reason, suggestedAgencyId, question,
                null, null, null, null, null, null, null, null, null, units, answeredBy, answeredAt, null, null, null, null, null);
    }

    /** A SET_TIER (issue 22). */
    public WireAction(String actionId, String complaintId, Long baseVersion, ActionType type, String text, List<String> attachmentIds,
            String unitId, String note, String reason, String suggestedAgencyId, String question, CompletionTier tier) {
        this(actionId, complaintId, baseVersion, type, text, attachmentIds, unitId, note, reason, suggestedAgencyId, question,
                null, null, null, null, null, null, null, null, null, null, null, null, tier, null, null, null, null);
    }

    /** An action with the link fields (issue 17). */
    public WireAction(String actionId, String complaintId, Long baseVersion, ActionType type, String text,
            List<String> attachmentIds, String unitId, String note, String reason, String suggestedAgencyId, String question,
            String relatedTrackingId, LinkRelation relation) {
        this(actionId, complaintId, baseVersion, type, text, attachmentIds, unitId, note, reason, suggestedAgencyId, question,
                null, null, null, null, null, null, null, null, null, null, null, null, null, relatedTrackingId, relation, null, null);
    }

    /**
     * A SUBMIT_REVIEW (issue 20): the public answer's type, its text (for NOT_AUTHORIZED the reason),
     * attachments (RESPOND, COMPLETE) and the suggested institution (NOT_AUTHORIZED).
     */
    public static WireAction submitReview(String actionId, String complaintId, Long baseVersion, ActionType answerType, String text,
            List<String> attachmentIds, String suggestedAgencyId) {
        return new WireAction(actionId, complaintId, baseVersion, ActionType.SUBMIT_REVIEW, text, attachmentIds, null, null, null,
                suggestedAgencyId, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                answerType, null);
    }

    /** An APPROVE ({@code note} null) or RETURN ({@code note} the approver's notes) of the submission {@code submissionId}. */
    public static WireAction review(String actionId, String complaintId, Long baseVersion, ActionType type, String submissionId,
            String note) {
        return new WireAction(actionId, complaintId, baseVersion, type, null, null, null, note, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, submissionId);
    }

    /** A LINK ({@code relation} given) or UNLINK ({@code relation} null) action (issue 17). */
    public static WireAction link(String actionId, String complaintId, Long baseVersion, String relatedTrackingId,
            LinkRelation relation) {
        return new WireAction(actionId, complaintId, baseVersion, relation == null ? ActionType.UNLINK : ActionType.LINK,
                null, null, null, null, null, null, null, relatedTrackingId, relation);
    }

    @Override
    public String toString() {
        // toString ends up in logs: no texts, no reporter.
        return "WireAction[" + actionId + " " + type + " " + complaintId + "@" + baseVersion + "]";
    }
}
