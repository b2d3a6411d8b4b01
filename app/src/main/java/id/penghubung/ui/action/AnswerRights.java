package id.penghubung.ui.action;

import id.penghubung.model.Role;
import java.util.List;
import java.util.Objects;

/**
 * The agency's review policy as it applies to the signed-in account (issue 20, decision 0011): where
 * review is required, a public answer of a role that is not an approver is submitted for approval,
 * and only the roles that draft may submit one (the server refuses others with ROLE_NOT_ALLOWED).
 *
 * @param role the signed-in account's role
 * @param required whether the agency's public answers need approval
 * @param drafters the roles that draft answers for approval
 * @param approvers the roles that approve them (and post their own answers directly)
 */
public record AnswerRights(Role role, boolean required, List<Role> drafters, List<Role> approvers) {
    public AnswerRights {
        Objects.requireNonNull(role, "role");
        drafters = drafters == null ? List.of() : List.copyOf(drafters);
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
    }

    /** An agency without review: every officer posts public answers directly. */
    public static AnswerRights unreviewed(Role role) {
        return new AnswerRights(role, false, List.of(), List.of());
    }

    /** Whether this account approves or returns its agency's submitted answers. */
    public boolean approves() {
        return approvers.contains(role);
    }

    /** Whether this account's public answers go for approval instead of to the reporter. */
    public boolean submits() {
        return required && !approves();
    }

    /** Whether this account may write a public answer at all: posted directly, or drafted for approval. */
    public boolean mayAnswer() {
        return !submits() || drafters.contains(role);
    }
}
