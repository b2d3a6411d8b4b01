package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A unit's answer to its disposition, as the officer records it: internal, never shown to the reporter. */
public record UnitReply(String unitId, String text, List<String> attachmentShas, String answeredBy, Instant answeredAt)
        implements OfficerAction {
    public UnitReply {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(text, "text");
        attachmentShas = List.copyOf(attachmentShas);
        Objects.requireNonNull(answeredBy, "answeredBy");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }

    @Override
    public ActionType type() {
        return ActionType.UNIT_REPLY;
    }
}
