package id.penghubung.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated step of the chronology, with who did it and what they wrote. {@code typeName} is the
 * type as the server named it: the constant's name, or for {@link EventType#OTHER} the unknown name
 * it arrived with (kept, shown as "Peristiwa lain: …", exported and printed as received). {@code unitStep}
 * names the unit of an internal coordination event (issue 20), empty on every other event; {@code review}
 * the review a review event or an approved answer belongs to (issue 20).
 */
public record Event(String id, EventType type, Instant at, Actor actor, String text, List<Attachment> attachments, String typeName,
        Optional<UnitStep> unitStep, Optional<ReviewStep> review) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        typeName = OpenValues.name(type, typeName);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        text = Objects.requireNonNullElse(text, "");
        attachments = List.copyOf(attachments);
        unitStep = unitStep == null ? Optional.empty() : unitStep;
        review = review == null ? Optional.empty() : review;
    }

    /** An event without a review step (every event but the review ones and an approved answer, issue 20). */
    public Event(String id, EventType type, Instant at, Actor actor, String text, List<Attachment> attachments, String typeName,
            Optional<UnitStep> unitStep) {
        this(id, type, at, actor, text, attachments, typeName, unitStep, Optional.empty());
    }

    /** An event without a unit step (every event but the internal coordination ones, issue 20). */
    public Event(String id, EventType type, Instant at, Actor actor, String text, List<Attachment> attachments, String typeName) {
        this(id, type, at, actor, text, attachments, typeName, Optional.empty());
    }

    /** An event of a type this version knows. */
    public Event(String id, EventType type, Instant at, Actor actor, String text, List<Attachment> attachments) {
        this(id, type, at, actor, text, attachments, type.name());
    }
}
