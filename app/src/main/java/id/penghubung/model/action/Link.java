package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import id.penghubung.model.LinkRelation;
import java.util.Objects;

/** Link this complaint to another one, by its tracking ID, as related or as its duplicate; allowed in every status. */
public record Link(String relatedTrackingId, LinkRelation relation) implements OfficerAction {
    public Link {
        Objects.requireNonNull(relatedTrackingId, "relatedTrackingId");
        Objects.requireNonNull(relation, "relation");
    }

    @Override
    public ActionType type() {
        return ActionType.LINK;
    }
}
