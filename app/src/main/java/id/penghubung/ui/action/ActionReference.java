package id.penghubung.ui.action;

import id.penghubung.model.AgencyRef;
import id.penghubung.model.Role;
import id.penghubung.model.UnitRef;
import java.util.List;
import java.util.Map;

/**
 * The server's reference data the action forms need: the officer's units (disposisi), the
 * institutions (bukan wewenang) and the response templates. The sync engine keeps it from
 * {@code GET /api/v1/reference}; called on a background thread.
 */
public interface ActionReference {
    List<UnitRef> units();

    List<AgencyRef> agencies();

    List<TemplateOption> templates();

    /** The category tree flattened, id to name (the intake form's choice, issue 20); none by default. */
    default Map<String, String> categories() {
        return Map.of();
    }

    /** The agency's review policy for the signed-in account (issue 20); by default no review. */
    default AnswerRights answerRights() {
        return AnswerRights.unreviewed(Role.OFFICER);
    }

    /** Whether this account's public answers must be submitted for approval (its agency's review policy, issue 20). */
    default boolean submitsForReview() {
        return answerRights().submits();
    }

    /** Whether this account approves or returns its agency's submitted answers (issue 20). */
    default boolean approvesReviews() {
        return answerRights().approves();
    }

    static ActionReference of(List<UnitRef> units, List<AgencyRef> agencies, List<TemplateOption> templates) {
        List<UnitRef> u = List.copyOf(units);
        List<AgencyRef> a = List.copyOf(agencies);
        List<TemplateOption> t = List.copyOf(templates);
        return new ActionReference() {
            @Override
            public List<UnitRef> units() {
                return u;
            }

            @Override
            public List<AgencyRef> agencies() {
                return a;
            }

            @Override
            public List<TemplateOption> templates() {
                return t;
            }
        };
    }

    static ActionReference empty() {
        return of(List.of(), List.of(), List.of());
    }
}
