package id.penghubung.protocol;

import id.penghubung.model.ActionType;
import java.time.Instant;

/** One action applied to a complaint: once per application, so a duplicate never shows twice. */
public record AppliedAction(String actionId, ActionType type, Instant appliedAt, String userId, long version) {
}
