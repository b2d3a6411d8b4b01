package id.penghubung.store;

import id.penghubung.model.ActionType;
import java.time.Instant;

/**
 * The autosaved text of an action the officer is writing, one per complaint and action type.
 * {@code orphaned}: the complaint left the officer's scope; the text is kept until deleted.
 */
public record Draft(String complaintId, ActionType kind, String text, Instant updatedAt, boolean orphaned) {
    @Override
    public String toString() {
        // Never the text: it may name people, and toString ends up in logs.
        return "Draft[" + complaintId + " " + kind + " " + text.length() + " chars" + (orphaned ? " orphaned" : "") + "]";
    }
}
