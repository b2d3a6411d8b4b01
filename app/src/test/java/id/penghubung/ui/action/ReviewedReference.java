package id.penghubung.ui.action;

import id.penghubung.model.AgencyRef;
import id.penghubung.model.UnitRef;
import java.util.List;

/** Test reference data: another reference's units, institutions and templates under a given review policy. */
public final class ReviewedReference {
    private ReviewedReference() {
    }

    public static ActionReference of(ActionReference base, AnswerRights rights) {
        return new ActionReference() {
            @Override
            public List<UnitRef> units() {
                return base.units();
            }

            @Override
            public List<AgencyRef> agencies() {
                return base.agencies();
            }

            @Override
            public List<TemplateOption> templates() {
                return base.templates();
            }

            @Override
            public AnswerRights answerRights() {
                return rights;
            }
        };
    }
}
