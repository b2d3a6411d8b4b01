package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import java.util.Objects;
import java.util.Optional;

/** Bukan wewenang: why this is not the agency's authority, and which institution it belongs to, if known. */
public record NotAuthorized(String reason, Optional<String> suggestedAgencyId) implements OfficerAction {
    public NotAuthorized {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(suggestedAgencyId, "suggestedAgencyId");
    }

    @Override
    public ActionType type() {
        return ActionType.NOT_AUTHORIZED;
    }
}
