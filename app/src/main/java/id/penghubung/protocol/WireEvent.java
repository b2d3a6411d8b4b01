package id.penghubung.protocol;

import id.penghubung.model.EventType;
import id.penghubung.model.OpenValues;
import java.time.Instant;
import java.util.List;

/** One dated step of a complaint's chronology; {@code type} as the server named it (a name this version does not know is kept). */
public record WireEvent(String id, String type, Instant at, WireActor actor, String text, List<WireAttachment> attachments) {
    public WireEvent {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An event of a known type (the training server's own records). */
    public WireEvent(String id, EventType type, Instant at, WireActor actor, String text, List<WireAttachment> attachments) {
        this(id, type.name(), at, actor, text, attachments);
    }

    /** The type as this version knows it ({@code OTHER} for a name it does not know). */
    public EventType knownType() {
        return OpenValues.parse(EventType.class, type);
    }
}
