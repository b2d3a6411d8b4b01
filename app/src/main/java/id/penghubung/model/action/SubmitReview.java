package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A public answer submitted for approval (issue 20) where the agency requires review: its type
 * (RESPOND, COMPLETE or NOT_AUTHORIZED), its text (for NOT_AUTHORIZED the reason), attachments
 * (RESPOND, COMPLETE) and the suggested institution (NOT_AUTHORIZED).
 */
public record SubmitReview(ActionType answerType, String text, List<String> attachmentShas, Optional<String> suggestedAgencyId)
        implements OfficerAction {
    public SubmitReview {
        Objects.requireNonNull(answerType, "answerType");
        if (answerType != ActionType.RESPOND && answerType != ActionType.COMPLETE && answerType != ActionType.NOT_AUTHORIZED) {
            throw new IllegalArgumentException("not a public answer: " + answerType);
        }
        Objects.requireNonNull(text, "text");
        attachmentShas = List.copyOf(attachmentShas);
        Objects.requireNonNull(suggestedAgencyId, "suggestedAgencyId");
    }

    /** The draft of a public answer the officer would otherwise have posted directly. */
    public static SubmitReview of(OfficerAction answer) {
        return switch (answer) {
            case Respond r -> new SubmitReview(ActionType.RESPOND, r.text(), r.attachmentShas(), Optional.empty());
            case Complete c -> new SubmitReview(ActionType.COMPLETE, c.text(), c.attachmentShas(), Optional.empty());
            case NotAuthorized n -> new SubmitReview(ActionType.NOT_AUTHORIZED, n.reason(), List.of(), n.suggestedAgencyId());
            default -> throw new IllegalArgumentException("not a public answer: " + answer.type());
        };
    }

    /** Whether an action of this type is a public answer a review covers (Tindak lanjut, Selesaikan, Bukan wewenang). */
    public static boolean isPublicAnswer(ActionType type) {
        return type == ActionType.RESPOND || type == ActionType.COMPLETE || type == ActionType.NOT_AUTHORIZED;
    }

    /** The public answer this draft is (what the approval posts). */
    public OfficerAction answer() {
        return switch (answerType) {
            case RESPOND -> new Respond(text, attachmentShas);
            case COMPLETE -> new Complete(text, attachmentShas);
            default -> new NotAuthorized(text, suggestedAgencyId);
        };
    }

    @Override
    public ActionType type() {
        return ActionType.SUBMIT_REVIEW;
    }
}
