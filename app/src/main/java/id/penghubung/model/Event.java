package id.penghubung.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One dated step of the chronology, with who did it and what they wrote. */
public record Event(String id, EventType type, Instant at, Actor actor, String text, List<Attachment> attachments) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        text = Objects.requireNonNullElse(text, "");
        attachments = List.copyOf(attachments);
    }
}
