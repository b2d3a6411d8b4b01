package id.penghubung.cli;

import id.penghubung.model.AgencyRef;
import id.penghubung.model.UnitRef;
import id.penghubung.sync.Session;
import id.penghubung.ui.action.ReferenceData;
import id.penghubung.ui.action.ResponseTemplate;
import java.util.List;

/**
 * The server's reference data as the action forms see it. Lives here because the UI must not know
 * the wire types; read afresh on each call so a refreshed reference shows at once.
 */
public final class SessionReference {
    private SessionReference() {
    }

    public static ReferenceData of(Session session) {
        return new ReferenceData() {
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
            public List<ResponseTemplate> templates() {
                return session.reference().current().map(d -> d.templates().stream()
                        .map(t -> new ResponseTemplate(t.id(), t.title(), t.body(), t.actionTypes())).toList()).orElse(List.of());
            }

            @Override
            public java.util.Map<String, String> categories() {
                java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
                session.reference().current().ifPresent(d -> flatten(d.categories(), out));
                return out;
            }
        };
    }

    private static void flatten(List<id.penghubung.protocol.CategoryNode> nodes, java.util.Map<String, String> into) {
        for (id.penghubung.protocol.CategoryNode n : nodes) {
            into.put(n.id(), n.name());
            flatten(n.children(), into);
        }
    }
}
