package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import id.penghubung.model.CompletionTier;
import java.util.Objects;

/** The officer sets (or changes) the complaint's completion tier; synced, audited, shown in the chronology. */
public record SetTier(CompletionTier tier) implements OfficerAction {
    public SetTier {
        Objects.requireNonNull(tier, "tier");
    }

    @Override
    public ActionType type() {
        return ActionType.SET_TIER;
    }
}
