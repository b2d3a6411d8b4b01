package id.penghubung.ui.detail;

import id.penghubung.store.OutboxEntry;
import id.penghubung.ui.common.ActionDescription;
import java.util.UUID;

/**
 * One action in the outbox for this complaint, in full: {@code what} its type, {@code state} where
 * it stands, {@code description} who receives it, its text and its attachments by name; {@code written}
 * when it was written, {@code late} a warning when it will reach LAPOR! after a deadline it was written
 * before (or ""), {@code diff} what changed since it was written (a conflict or rejection; else null).
 */
public record OutboxLine(UUID actionId, String what, String state, String summary, boolean withdrawable,
        boolean needsDecision, OutboxEntry entry, ActionDescription description, String written, String late,
        ConflictDiff diff) {
}
