package id.penghubung.store;

import id.penghubung.model.action.OfficerAction;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An officer action on its way to the server. {@code serverAnswerJson} is the server's answer as
 * received (for CONFLICT: the current complaint; for REJECTED: the error), kept for the officer.
 * {@code orphaned}: the complaint left the scope; the entry is not sent until it comes back.
 */
public record OutboxEntry(
        UUID actionId,
        String complaintId,
        long baseVersion,
        OfficerAction action,
        OutboxState state,
        int attempts,
        Optional<String> lastError,
        Instant createdAt,
        Optional<String> serverAnswerJson,
        Optional<Long> appliedVersion,
        boolean orphaned) {

    @Override
    public String toString() {
        // Never the action's text: toString ends up in logs.
        return "OutboxEntry[" + actionId + " " + action.type() + " " + complaintId + "@" + baseVersion + " " + state + "]";
    }
}
