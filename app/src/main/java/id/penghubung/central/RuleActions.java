package id.penghubung.central;

import id.penghubung.model.ActionType;
import id.penghubung.model.Classification;
import id.penghubung.model.EventType;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The officer's rule actions of issue 22: SET_TIER (the completion tier, an event TIER_SET whose text
 * is the tier's code) and EXTEND (a Permintaan Informasi's one extension, UU 14/2008, an event
 * EXTENDED with the reason). Neither changes the status.
 */
final class RuleActions {
    private RuleActions() {
    }

    /** Field problems of a rule action's payload (and the tier on any other action). */
    static void validate(Map<String, String> f, WireAction a) {
        if (a.type() != ActionType.SET_TIER && a.tier() != null) {
            f.put("tier", "not allowed for " + a.type());
        }
        if (a.type() == ActionType.SET_TIER && a.tier() == null) {
            f.put("tier", "required");
        }
        if (a.type() == ActionType.EXTEND) {
            if (a.reason() == null || a.reason().isBlank()) {
                f.put("reason", "required, not empty");
            } else if (a.reason().length() > ActionService.MAX_TEXT) {
                f.put("reason", "at most " + ActionService.MAX_TEXT + " characters");
            }
        }
    }

    /** Why this rule action cannot apply to the complaint, if it cannot: EXTEND only once, only on a Permintaan Informasi. */
    static Optional<ApiError> refusal(WireAction a, WireComplaint w) {
        if (a.type() != ActionType.EXTEND) {
            return Optional.empty();
        }
        if (w.knownClassification() != Classification.PERMINTAAN_INFORMASI) {
            return Optional.of(new ApiError(ErrorCodes.VALIDATION_FAILED, "Invalid action",
                    Map.of("type", "EXTEND applies to a PERMINTAAN_INFORMASI only")));
        }
        if (w.events().stream().anyMatch(e -> e.knownType() == EventType.EXTENDED)) {
            return Optional.of(ApiError.of(ErrorCodes.ALREADY_EXTENDED, "A Permintaan Informasi is extended once only"));
        }
        return Optional.empty();
    }

    static WireEvent event(WireAction a, WireActor actor, Instant now) {
        return switch (a.type()) {
            case SET_TIER -> new WireEvent(a.actionId(), EventType.TIER_SET, now, actor, a.tier().name(), List.of());
            case EXTEND -> new WireEvent(a.actionId(), EventType.EXTENDED, now, actor, a.reason(), List.of());
            default -> throw new IllegalArgumentException("Not a rule action: " + a.type());
        };
    }
}
