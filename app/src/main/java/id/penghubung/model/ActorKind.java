package id.penghubung.model;

/** Which side of the case an event's actor stands on. */
public enum ActorKind {
    REPORTER,
    ADMIN,
    OFFICER,
    OMBUDSMAN,
    SYSTEM
}
