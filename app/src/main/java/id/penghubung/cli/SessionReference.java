package id.penghubung.cli;

import id.penghubung.model.AgencyRef;
import id.penghubung.model.Role;
import id.penghubung.model.UnitRef;
import id.penghubung.protocol.AgencyPolicy;
import id.penghubung.protocol.CategoryNode;
import id.penghubung.protocol.ReviewPolicy;
import id.penghubung.sync.Session;
import id.penghubung.ui.action.ActionReference;
import id.penghubung.ui.action.AnswerRights;
import id.penghubung.ui.action.TemplateOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's reference data as the action forms see it. Lives here because the UI must not know
 * the wire types; read afresh on each call so a refreshed reference shows at once.
 */
public final class SessionReference {
    private SessionReference() {
    }

    public static ActionReference of(Session session) {
        return new ActionReference() {
            @Override
            public List<UnitRef> units() {
                return session.reference().current().map(d -> d.units().stream()
                        .map(u -> new UnitRef(u.id(), u.agencyId(), u.name())).toList()).orElse(List.of());
            }

            @Override
            public List<AgencyRef> agencies() {
                return session.reference().current().map(d -> d.institutions().stream()
                        .map(a -> new AgencyRef(a.id(), a.name())).toList()).orElse(List.of());
            }

            @Override
            public List<TemplateOption> templates() {
                return session.reference().current().map(d -> d.templates().stream()
                        .map(t -> new TemplateOption(t.id(), t.title(), t.body(), t.actionTypes())).toList()).orElse(List.of());
            }

            @Override
            public AnswerRights answerRights() {
                return rights(review(session), session.account().role());
            }

            @Override
            public Map<String, String> categories() {
                Map<String, String> out = new LinkedHashMap<>();
                session.reference().current().ifPresent(d -> flatten(d.categories(), out));
                return out;
            }
        };
    }

    private static Optional<ReviewPolicy> review(Session session) {
        return session.reference().current().map(d -> d.agencyPolicy()).map(AgencyPolicy::review);
    }

    /** The agency's review policy (none: no review) as it applies to an account of {@code role}. */
    static AnswerRights rights(Optional<ReviewPolicy> review, Role role) {
        return review.map(r -> new AnswerRights(role, r.required(), r.drafters(), r.approvers()))
                .orElse(AnswerRights.unreviewed(role));
    }

    /** The category tree as id → name, parents before their children (the intake form's and the register import's list). */
    static void flatten(List<CategoryNode> nodes, Map<String, String> into) {
        for (CategoryNode n : nodes) {
            into.put(n.id(), n.name());
            flatten(n.children(), into);
        }
    }
}
