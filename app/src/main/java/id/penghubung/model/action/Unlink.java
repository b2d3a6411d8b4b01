package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.Objects;

/** End this complaint's link to another one; allowed in every status. */
public record Unlink(String relatedTrackingId) implements OfficerAction {
    public Unlink {
        Objects.requireNonNull(relatedTrackingId, "relatedTrackingId");
    }

    @Override
    public ActionType type() {
        return ActionType.UNLINK;
    }
}
