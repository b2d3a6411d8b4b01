package id.penghubung.ui.action;

import id.penghubung.model.Complaint;
import java.util.Objects;

/**
 * A response template from the server's reference data. The body may name {@code {trackingId}},
 * {@code {title}}, {@code {unitName}} and {@code {reporterName}}; {@link #fill} replaces them from the
 * complaint. {@code {reporterName}} never becomes the reporter's identity: a response is stored as
 * plain event text (docs/security.md), so it becomes a generic word ("Pelapor").
 */
public record ResponseTemplate(String id, String name, String body) {
    public ResponseTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }

    /** The body with the placeholders filled; an unknown unit leaves the agency's name, or nothing. */
    public String fill(Complaint c) {
        return fill(c, "Pelapor");
    }

    /** As {@link #fill(Complaint)}, with {@code reporterWord} (the bundle's generic word) for {@code {reporterName}}. */
    public String fill(Complaint c, String reporterWord) {
        String unitName = c.unit().map(u -> u.name())
                .or(() -> c.agency().map(a -> a.name()))
                .orElse("");
        // Plain replacement, not MessageFormat: a template's apostrophes and braces are the author's text.
        return body.replace("{trackingId}", c.trackingId().toString())
                .replace("{title}", c.title())
                .replace("{unitName}", unitName)
                .replace("{reporterName}", reporterWord);
    }

    @Override
    public String toString() {
        return name;
    }
}
