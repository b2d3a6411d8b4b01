package id.penghubung.ui.action;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Role;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.SubmitReview;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The agency's review policy in the form (issue 20): where it reviews public answers, the officer's
 * answer goes to the approver, not the reporter, and the queue button says so; a role that may not
 * draft a public answer is told why before it queues one the server would refuse (ROLE_NOT_ALLOWED).
 */
final class ReviewWording {
    private final Messages messages;
    private final ObjectProperty<ActionType> type;
    /** Whether this account's public answers go for approval first. */
    private final BooleanProperty submitsForReview = new SimpleBooleanProperty(false);
    /** Why the signed-in role may not queue the chosen action, in the bundles' words; empty when it may. */
    private final StringProperty refusal = new SimpleStringProperty("");
    private AnswerRights rights = AnswerRights.unreviewed(Role.OFFICER);

    ReviewWording(Messages messages, ObjectProperty<ActionType> type) {
        this.messages = messages;
        this.type = type;
        type.addListener((o, a, b) -> refusal.set(refusalFor(b)));
    }

    /** The policy as it applies to the signed-in account (read with the reference data). */
    void setRights(AnswerRights value) {
        rights = Objects.requireNonNull(value);
        submitsForReview.set(value.submits());
        refusal.set(refusalFor(type.get()));
    }

    BooleanProperty submitsForReview() {
        return submitsForReview;
    }

    StringProperty refusal() {
        return refusal;
    }

    /** True when the policy keeps the signed-in role from queueing the chosen action. */
    boolean refuses() {
        return !refusal.get().isEmpty();
    }

    /** The action that goes into the outbox for what the officer wrote: a public answer wrapped for review where required. */
    OfficerAction routed(OfficerAction typed) {
        return submitsForReview.get() && SubmitReview.isPublicAnswer(typed.type()) ? SubmitReview.of(typed) : typed;
    }

    /** The queue button's words for an action of this type. */
    String buttonKey(ActionType t) {
        return submitsForReview.get() && SubmitReview.isPublicAnswer(t) ? "ui.review.submit" : "ui.action.queue";
    }

    private String refusalFor(ActionType t) {
        if (t == null || !SubmitReview.isPublicAnswer(t) || rights.mayAnswer()) {
            return "";
        }
        String role = messages.label(rights.role());
        return rights.drafters().isEmpty()
                ? messages.get("ui.action.roleAnswersNot", role, labels(rights.approvers()))
                : messages.get("ui.action.roleDraftsNot", role, labels(rights.drafters()), labels(rights.approvers()));
    }

    private String labels(List<Role> roles) {
        return roles.stream().map(messages::label).collect(Collectors.joining(", "));
    }
}
