package id.penghubung.protocol;

import id.penghubung.model.EventType;
import java.time.Instant;
import java.util.List;

/** One dated step of a complaint's chronology. */
public record WireEvent(String id, EventType type, Instant at, WireActor actor, String text, List<WireAttachment> attachments) {
    public WireEvent {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
