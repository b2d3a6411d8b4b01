package id.penghubung.ui.similar;

import id.penghubung.i18n.Messages;
import id.penghubung.store.SimilarCandidate;
import id.penghubung.store.SimilarReason;
import java.util.ArrayList;
import java.util.List;

/** A candidate's reasons in words ("judul mirip, kelurahan sama, 3 hari sebelumnya"): the desk's pane and the CLI say the same. */
public final class SimilarExplanation {
    private SimilarExplanation() {
    }

    public static String explain(SimilarCandidate candidate, Messages messages) {
        List<String> parts = new ArrayList<>();
        for (SimilarReason r : candidate.reasons()) {
            if (r.kind() == SimilarReason.Kind.TIME) {
                long days = r.days();
                parts.add(days == 0 ? messages.get("similar.reason.time.sameDay")
                        : messages.get(days < 0 ? "similar.reason.time.before" : "similar.reason.time.after", Math.abs(days)));
            } else {
                parts.add(messages.get(key(r.detail())));
            }
        }
        return String.join(", ", parts);
    }

    private static String key(SimilarReason.Detail detail) {
        return switch (detail) {
            case TITLE -> "similar.reason.TITLE";
            case BODY -> "similar.reason.BODY";
            case SAME_CATEGORY -> "similar.reason.SAME_CATEGORY";
            case SIBLING_CATEGORY -> "similar.reason.SIBLING_CATEGORY";
            case SAME_VILLAGE -> "similar.reason.SAME_VILLAGE";
            case SAME_DISTRICT -> "similar.reason.SAME_DISTRICT";
            case SAME_REGENCY -> "similar.reason.SAME_REGENCY";
            case SAME_REPORTER -> "similar.reason.SAME_REPORTER";
            case WITHIN_WINDOW -> "similar.reason.time.sameDay";
        };
    }
}
