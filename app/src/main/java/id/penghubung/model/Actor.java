package id.penghubung.model;

import java.util.Objects;

/**
 * Who did something in the chronology. For an anonymous reporter the name is only the word the
 * server sends ("Pelapor"), never an identity.
 */
public record Actor(ActorKind kind, String name) {
    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
