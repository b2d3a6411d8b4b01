package id.penghubung.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import id.penghubung.i18n.Messages;
import id.penghubung.store.SimilarCandidate;
import id.penghubung.store.SimilarReason;
import id.penghubung.ui.similar.SimilarExplanation;
import java.io.IOException;
import java.util.Locale;

/**
 * A matcher's candidate in the officer's words ("judul mirip, kelurahan sama, 3 hari sebelumnya"):
 * each reason from the bundles ({@code similar.reason.*}), the time one with its days.
 */
final class SimilarWords {
    private SimilarWords() {
    }

    static String explain(SimilarCandidate candidate, Messages messages) {
        return SimilarExplanation.explain(candidate, messages);
    }

    static void writeJson(JsonGenerator json, SimilarCandidate c, Messages messages) throws IOException {
        json.writeStartObject();
        json.writeStringField("trackingId", c.trackingId());
        json.writeNumberField("score", c.score());
        json.writeArrayFieldStart("reasons");
        for (SimilarReason r : c.reasons()) {
            json.writeString(r.kind().name());
        }
        json.writeEndArray();
        json.writeStringField("explanation", explain(c, messages));
        json.writeEndObject();
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
