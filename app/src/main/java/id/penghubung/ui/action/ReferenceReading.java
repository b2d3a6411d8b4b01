package id.penghubung.ui.action;

import id.penghubung.model.AgencyRef;
import id.penghubung.model.UnitRef;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The server's reference data into the form, read in the background: the units, the institutions,
 * the templates and the agency's review policy as it applies to the signed-in account.
 */
final class ReferenceReading {
    private final ActionReference reference;
    private final ActionForm form;
    private final ReviewWording review;
    private final Executor background;
    private final Executor ui;

    ReferenceReading(ActionReference reference, ActionForm form, ReviewWording review, Executor background, Executor ui) {
        this.reference = reference;
        this.form = form;
        this.review = review;
        this.background = background;
        this.ui = ui;
    }

    void read() {
        background.execute(() -> {
            List<UnitRef> u = reference.units();
            List<AgencyRef> a = reference.agencies();
            List<TemplateOption> t = reference.templates();
            AnswerRights rights = reference.answerRights();
            ui.execute(() -> {
                review.setRights(rights);
                form.units.setAll(u);
                form.agencies.setAll(a);
                form.templates.setAll(t);
            });
        });
    }
}
