package id.penghubung.protocol;

import id.penghubung.model.ActionType;
import id.penghubung.model.Role;
import java.util.List;
import java.util.Set;

/**
 * Who drafts and who approves an agency's public answers (issue 20). {@code required}: a public
 * answer by a role that is not an approver must come through SUBMIT_REVIEW and APPROVE.
 */
public record ReviewPolicy(boolean required, List<Role> drafters, List<Role> approvers) {
    /** The public answers a review covers: Tindak lanjut, Selesaikan, Bukan wewenang. */
    public static final Set<ActionType> PUBLIC_ANSWERS = Set.of(ActionType.RESPOND, ActionType.COMPLETE, ActionType.NOT_AUTHORIZED);

    public ReviewPolicy {
        drafters = drafters == null ? List.of() : List.copyOf(drafters);
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
    }

    /** Whether a public answer of this role must be submitted for approval instead of posted. */
    public boolean needsApproval(Role role) {
        return required && !approvers.contains(role);
    }
}
