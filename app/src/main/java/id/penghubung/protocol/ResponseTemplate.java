package id.penghubung.protocol;

import id.penghubung.model.ActionType;
import java.util.List;

/**
 * A response template. The body may hold the placeholders {trackingId}, {title}, {reporterName}
 * and {unitName}, filled by the client (reporterName becomes "Pelapor" on an anonymous report).
 * {@code actionTypes}: the actions it is written for; empty (or absent, from an older server) means
 * RESPOND and COMPLETE.
 */
public record ResponseTemplate(String id, String title, String body, List<ActionType> actionTypes) {
    public ResponseTemplate {
        actionTypes = actionTypes == null ? List.of() : List.copyOf(actionTypes);
    }

    public ResponseTemplate(String id, String title, String body) {
        this(id, title, body, List.of());
    }
}
