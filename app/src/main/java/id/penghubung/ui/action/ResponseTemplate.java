package id.penghubung.ui.action;

import id.penghubung.model.Complaint;
import java.util.Objects;

/**
 * A response template from the server's reference data. The body may name {@code {trackingId}},
 * {@code {title}} and {@code {unitName}}; {@link #fill} replaces them from the complaint.
 */
public record ResponseTemplate(String id, String name, String body) {
    public ResponseTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }

    /** The body with the placeholders filled; an unknown unit leaves the agency's name, or nothing. */
    public String fill(Complaint c) {
        String unitName = c.unit().map(u -> u.name())
                .or(() -> c.agency().map(a -> a.name()))
                .orElse("");
        // Plain replacement, not MessageFormat: a template's apostrophes and braces are the author's text.
        return body.replace("{trackingId}", c.trackingId().toString())
                .replace("{title}", c.title())
                .replace("{unitName}", unitName);
    }

    @Override
    public String toString() {
        return name;
    }
}
