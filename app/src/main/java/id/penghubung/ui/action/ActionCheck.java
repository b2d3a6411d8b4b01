package id.penghubung.ui.action;

import id.penghubung.model.Complaint;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.Problem;
import java.util.List;

/**
 * Validates an action before it is queued: the model's {@code ActionValidator} bound to the
 * signed-in account and its units. Empty means the action may go into the outbox.
 */
@FunctionalInterface
public interface ActionCheck {
    List<Problem> check(OfficerAction action, Complaint complaint);
}
