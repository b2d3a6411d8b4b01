package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.penghubung.model.ActionType;
import id.penghubung.model.CompletionTier;
import java.util.List;

/**
 * One officer action as sent to the server. Which payload fields apply depends on {@code type}:
 * RESPOND and COMPLETE use text and attachmentIds (SHA-256 of uploaded files); DISPOSE unitId and
 * note; NOT_AUTHORIZED reason and suggestedAgencyId; REQUEST_INFO question; NOTE text. Fields that
 * do not apply are null and not written. SET_TIER tier; EXTEND reason (issue 22). {@code actionId} is kept in lower case, however it arrives.
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
        CompletionTier tier) {

    /** One action, one ID: an ID in capitals is the same ID (RFC 9562 UUIDs compare case-insensitively). */
    public WireAction {
        actionId = ActionIds.normalise(actionId);
    }

    /** An action without a tier (every type but SET_TIER). */
    public WireAction(String actionId, String complaintId, Long baseVersion, ActionType type, String text, List<String> attachmentIds,
            String unitId, String note, String reason, String suggestedAgencyId, String question) {
        this(actionId, complaintId, baseVersion, type, text, attachmentIds, unitId, note, reason, suggestedAgencyId, question, null);
    }
}
