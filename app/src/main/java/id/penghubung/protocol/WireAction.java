package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.penghubung.model.ActionType;
import id.penghubung.model.LinkRelation;
import java.util.List;

/**
 * One officer action as sent to the server. Which payload fields apply depends on {@code type}:
 * RESPOND and COMPLETE use text and attachmentIds (SHA-256 of uploaded files); DISPOSE unitId and
 * note; NOT_AUTHORIZED reason and suggestedAgencyId; REQUEST_INFO question; NOTE text; LINK
 * relatedTrackingId and relation; UNLINK relatedTrackingId. Fields that
 * do not apply are null and not written. {@code actionId} is kept in lower case, however it arrives.
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
        String relatedTrackingId,
        LinkRelation relation) {

    /** One action, one ID: an ID in capitals is the same ID (RFC 9562 UUIDs compare case-insensitively). */
    public WireAction {
        actionId = ActionIds.normalise(actionId);
    }

    /** An action of a type without link fields (every type but LINK and UNLINK). */
    public WireAction(String actionId, String complaintId, Long baseVersion, ActionType type, String text,
            List<String> attachmentIds, String unitId, String note, String reason, String suggestedAgencyId, String question) {
        this(actionId, complaintId, baseVersion, type, text, attachmentIds, unitId, note, reason, suggestedAgencyId, question,
                null, null);
    }

    /** A LINK ({@code relation} given) or UNLINK ({@code relation} null) action. */
    public static WireAction link(String actionId, String complaintId, Long baseVersion, String relatedTrackingId,
            LinkRelation relation) {
        return new WireAction(actionId, complaintId, baseVersion, relation == null ? ActionType.UNLINK : ActionType.LINK,
                null, null, null, null, null, null, null, relatedTrackingId, relation);
    }
}
