package id.penghubung.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.model.UnitStep;
import id.penghubung.store.crypto.JsonTree;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An event's unit step (issue 20) as the JSON text of the {@code event.unit_step} column (schema v9);
 * NULL for every other event. Tree model, like {@link ActionCodec}, so the format never follows a
 * Jackson module.
 */
final class UnitSteps {
    private UnitSteps() {
    }

    static String toJson(Optional<UnitStep> step) {
        if (step.isEmpty()) {
            return null;
        }
        UnitStep s = step.get();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("unitId", s.unitId());
        n.put("unitName", s.unitName());
        s.dueDate().ifPresent(d -> n.put("dueDate", d.toString()));
        s.answeredBy().ifPresent(b -> n.put("answeredBy", b));
        s.answeredAt().ifPresent(a -> n.put("answeredAt", a.toString()));
        return n.toString();
    }

    static Optional<UnitStep> fromJson(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            JsonNode n = JsonTree.parse(json);
            return Optional.of(new UnitStep(n.path("unitId").asText(), n.path("unitName").asText(),
                    n.hasNonNull("dueDate") ? Optional.of(LocalDate.parse(n.get("dueDate").asText())) : Optional.empty(),
                    n.hasNonNull("answeredBy") ? Optional.of(n.get("answeredBy").asText()) : Optional.empty(),
                    n.hasNonNull("answeredAt") ? Optional.of(Instant.parse(n.get("answeredAt").asText())) : Optional.empty()));
        } catch (IOException | DateTimeParseException e) {
            throw new DamagedStoreException("store.error.badAction", e);
        }
    }
}
