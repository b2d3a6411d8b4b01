package id.penghubung.ui.action;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A response template from the server's reference data, written for some action types (a template
 * for "bukan wewenang" is never offered under a follow-up). The body may name {@code {trackingId}},
 * {@code {title}}, {@code {unitName}} and {@code {reporterName}}; {@link #fill} replaces them.
 * {@code {reporterName}} never becomes the reporter's identity: a response is stored as plain event
 * text (docs/security.md), so it becomes a generic word ("Pelapor"). {@code {unitName}} is the unit
 * handling the complaint, never the agency's own name: without a unit it stays a visible placeholder.
 */
public record TemplateOption(String id, String name, String body, Set<ActionType> actionTypes) {
    /** What a template without action types is for (an older server's templates). */
    public static final Set<ActionType> DEFAULT_TYPES = Set.copyOf(EnumSet.of(ActionType.RESPOND, ActionType.COMPLETE));

    public TemplateOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        actionTypes = actionTypes == null || actionTypes.isEmpty() ? DEFAULT_TYPES : Set.copyOf(actionTypes);
    }

    public TemplateOption(String id, String name, String body) {
        this(id, name, body, DEFAULT_TYPES);
    }

    /** From the wire's list (empty means {@link #DEFAULT_TYPES}). */
    public TemplateOption(String id, String name, String body, List<ActionType> actionTypes) {
        this(id, name, body, actionTypes == null ? null : Set.copyOf(actionTypes));
    }

    /** True when the template is written for this kind of action. */
    public boolean fits(ActionType type) {
        return actionTypes.contains(type);
    }

    /** The body filled from the complaint; {@code {unitName}} from its unit, or "Pelapor" placeholders. */
    public String fill(Complaint c) {
        return fill(c, "Pelapor", c.unit().map(u -> u.name()), "[unit]");
    }

    /** As {@link #fill(Complaint)}, with {@code reporterWord} (the bundle's generic word) for {@code {reporterName}}. */
    public String fill(Complaint c, String reporterWord) {
        return fill(c, reporterWord, c.unit().map(u -> u.name()), "[unit]");
    }

    /**
     * The body with the placeholders filled: {@code unitName} is the unit the officer chose or the
     * complaint's; without one, {@code unitPlaceholder} stays in the text for the officer to replace.
     */
    public String fill(Complaint c, String reporterWord, Optional<String> unitName, String unitPlaceholder) {
        // Plain replacement, not MessageFormat: a template's apostrophes and braces are the author's text.
        return body.replace("{trackingId}", c.trackingId().toString())
                .replace("{title}", c.title())
                .replace("{unitName}", unitName.filter(s -> !s.isBlank()).orElse(unitPlaceholder))
                .replace("{reporterName}", reporterWord);
    }

    @Override
    public String toString() {
        return name;
    }
}
