package id.penghubung.store;

/** Where an officer action stands on its way to the server. */
public enum OutboxState {
    /** Waiting to be sent. */
    PENDING,
    /** Handed to the sync; may have reached the server (resending is safe: the actionId dedupes). */
    SENDING,
    /** The server applied it. Kept for a while, then pruned. */
    APPLIED,
    /** The server's copy moved on; kept with the server's answer until the officer resends or discards. */
    CONFLICT,
    /** The server refused it; kept with the server's answer until the officer resends or discards. */
    REJECTED
}
