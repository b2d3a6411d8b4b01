package id.penghubung.ui.action;

import id.penghubung.model.ActionType;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.SubmitReview;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Where the agency reviews public answers (issue 20): the officer's answer goes to the approver, not
 * the reporter, and the queue button says so.
 */
final class ReviewWording {
    /** Whether this account's public answers go for approval first (the agency's review policy). */
    private final BooleanProperty submitsForReview = new SimpleBooleanProperty(false);

    BooleanProperty submitsForReview() {
        return submitsForReview;
    }

    /** The action that goes into the outbox for what the officer wrote: a public answer wrapped for review where required. */
    OfficerAction routed(OfficerAction typed) {
        return submitsForReview.get() && SubmitReview.isPublicAnswer(typed.type()) ? SubmitReview.of(typed) : typed;
    }

    /** The queue button's words for an action of this type. */
    String buttonKey(ActionType type) {
        return submitsForReview.get() && SubmitReview.isPublicAnswer(type) ? "ui.review.submit" : "ui.action.queue";
    }
}
