package id.penghubung.protocol;

/** What became of one pushed action. */
public enum ActionOutcome {
    /** Done; {@code version} is the complaint's new version. */
    APPLIED,
    /** This actionId was applied before; the first application's result, nothing applied again. */
    DUPLICATE,
    /** baseVersion is stale: someone else changed the complaint; {@code complaint} is the current state. */
    CONFLICT,
    /** Invalid, out of scope, not allowed in this status or for this role; {@code error} says why. */
    REJECTED
}
