package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The result of one action, in the order of the request. Absent parts are not written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionResult(String actionId, ActionOutcome outcome, Long version, WireComplaint complaint, ApiError error) {
    public ActionResult {
        actionId = ActionIds.normalise(actionId);
    }
}
