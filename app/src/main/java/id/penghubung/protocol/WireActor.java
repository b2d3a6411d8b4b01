package id.penghubung.protocol;

import id.penghubung.model.ActorKind;

/** Who did an event; an anonymous reporter is only ever "Pelapor". */
public record WireActor(ActorKind kind, String name) {
}
