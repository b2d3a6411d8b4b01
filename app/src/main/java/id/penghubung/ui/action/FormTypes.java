package id.penghubung.ui.action;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.model.action.ActionValidator;
import java.util.Arrays;
import java.util.List;

/**
 * Which actions the complaint's form writes: not a unit's answer, reminder or withdrawal (the
 * coordination pane's, ui.units), not the review's own actions (ui.review), and, of the rest, what
 * the complaint's status allows.
 */
final class FormTypes {
    private FormTypes() {
    }

    /** Whether this form writes the action type. */
    static boolean isFormType(ActionType t) {
        return t != ActionType.UNIT_REPLY && t != ActionType.UNIT_REMIND && t != ActionType.UNIT_WITHDRAW
                && t != ActionType.SUBMIT_REVIEW && t != ActionType.APPROVE && t != ActionType.RETURN;
    }

    /** The form's actions a complaint in this status allows. */
    static List<ActionType> allowed(Status status) {
        return Arrays.stream(ActionType.values()).filter(t -> isFormType(t) && ActionValidator.allows(status, t)).toList();
    }

    /** The actions the form's type list offers (a link is made from the similar complaints pane), for a status or, null, any. */
    static List<ActionType> offered(Status status) {
        return Arrays.stream(ActionType.values())
                .filter(t -> isFormType(t) && !ActionValidator.isLink(t) && (status == null || ActionValidator.allows(status, t)))
                .toList();
    }

    /** The action a complaint's form starts with: a follow-up where allowed, else the first allowed, else a note. */
    static ActionType defaultType(Complaint c) {
        return c == null ? ActionType.RESPOND : allowed(c.status()).stream().findFirst().orElse(ActionType.NOTE);
    }
}
