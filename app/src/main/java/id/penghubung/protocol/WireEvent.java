package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.penghubung.model.EventType;
import id.penghubung.model.OpenValues;
import java.time.Instant;
import java.util.List;

/**
 * One dated step of a complaint's chronology; {@code type} as the server named it (a name this version
 * does not know is kept). {@code unitStep} only on the internal coordination events (issue 20).
 */
public record WireEvent(String id, String type, Instant at, WireActor actor, String text, List<WireAttachment> attachments,
        @JsonInclude(JsonInclude.Include.NON_NULL) WireUnitStep unitStep,
        @JsonInclude(JsonInclude.Include.NON_NULL) WireReviewStep review) {
    public WireEvent {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An event without a review step (every event but the review ones, issue 20). */
    public WireEvent(String id, String type, Instant at, WireActor actor, String text, List<WireAttachment> attachments,
            WireUnitStep unitStep) {
        this(id, type, at, actor, text, attachments, unitStep, null);
    }

    /** A review event of a known type, or the public answer an approval posted (issue 20). */
    public WireEvent(String id, EventType type, Instant at, WireActor actor, String text, List<WireAttachment> attachments,
            WireReviewStep review) {
        this(id, type.name(), at, actor, text, attachments, null, review);
    }

    /** An event without a unit step. */
    public WireEvent(String id, String type, Instant at, WireActor actor, String text, List<WireAttachment> attachments) {
        this(id, type, at, actor, text, attachments, null, null);
    }

    /** An event of a known type (the training server's own records). */
    public WireEvent(String id, EventType type, Instant at, WireActor actor, String text, List<WireAttachment> attachments) {
        this(id, type.name(), at, actor, text, attachments, null, null);
    }

    /** A coordination event of a known type. */
    public WireEvent(String id, EventType type, Instant at, WireActor actor, String text, List<WireAttachment> attachments,
            WireUnitStep unitStep) {
        this(id, type.name(), at, actor, text, attachments, unitStep, null);
    }

    /** The type as this version knows it ({@code OTHER} for a name it does not know). */
    public EventType knownType() {
        return OpenValues.parse(EventType.class, type);
    }
}
