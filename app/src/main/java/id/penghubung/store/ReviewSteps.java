package id.penghubung.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.model.ActionType;
import id.penghubung.model.ReviewStep;
import id.penghubung.store.crypto.JsonTree;
import java.io.IOException;
import java.util.Optional;

/**
 * An event's review step (issue 20, a reviewer who approves) as the JSON text of the
 * {@code event.review_step} column (schema v11); NULL on every event that is not a review event or
 * an approved answer. Tree model, like {@link UnitSteps}.
 */
final class ReviewSteps {
    private ReviewSteps() {
    }

    static String toJson(Optional<ReviewStep> step) {
        if (step.isEmpty()) {
            return null;
        }
        ReviewStep s = step.get();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("submissionId", s.submissionId());
        n.put("answerType", s.answerType().name());
        s.suggestedAgencyId().ifPresent(a -> n.put("suggestedAgencyId", a));
        s.approvedBy().ifPresent(a -> n.put("approvedBy", a));
        s.authorId().ifPresent(a -> n.put("authorId", a));
        return n.toString();
    }

    static Optional<ReviewStep> fromJson(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            JsonNode n = JsonTree.parse(json);
            return Optional.of(new ReviewStep(n.path("submissionId").asText(), ActionType.valueOf(n.path("answerType").asText()),
                    n.hasNonNull("suggestedAgencyId") ? Optional.of(n.get("suggestedAgencyId").asText()) : Optional.empty(),
                    n.hasNonNull("approvedBy") ? Optional.of(n.get("approvedBy").asText()) : Optional.empty(),
                    n.hasNonNull("authorId") ? Optional.of(n.get("authorId").asText()) : Optional.empty()));
        } catch (IOException | IllegalArgumentException e) {
            throw new DamagedStoreException("store.error.badAction", e);
        }
    }
}
