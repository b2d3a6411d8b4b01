package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.penghubung.model.CompletionTier;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadlines the server publishes: verification, follow-up and auto-finish in working days;
 * completion in calendar days; the reporter's reply window after REQUEST_INFO in working days
 * ({@code null} from an older server: the client's default, 10). Issue 22 adds the completion tiers
 * and the tier used when the officer set none, the Permintaan Informasi clock and its one extension,
 * the clock to answer a reopened complaint, and whether clocks pause while the admin holds a
 * complaint (TUNDA); each {@code null} from an older server, the client then uses these defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WireSlaPolicy(int verificationWorkingDays, int followUpWorkingDays, int autoFinishWorkingDays, int completionDays,
        Integer replyWindowWorkingDays, List<WireTierRule> completionTiers, CompletionTier defaultTier,
        Integer informationRequestWorkingDays, Integer informationExtensionWorkingDays, Integer reopenWorkingDays,
        Boolean pauseWhileHeld) {

    /** The policy of a server before issue 22's tiers (the client's defaults for the rest). */
    public WireSlaPolicy(int verificationWorkingDays, int followUpWorkingDays, int autoFinishWorkingDays, int completionDays,
            Integer replyWindowWorkingDays) {
        this(verificationWorkingDays, followUpWorkingDays, autoFinishWorkingDays, completionDays, replyWindowWorkingDays,
                null, null, null, null, null, null);
    }

    /**
     * The LAPOR! defaults (issue 22): 3, 5, 10 working days; 60 days; reply window 10 working days;
     * tiers information 5 and no field inspection 14 working days, field inspection 60 calendar
     * days (the default tier); Permintaan Informasi 10 working days, once extended by 7; a reopened
     * complaint answered in 5 working days; clocks pause while held.
     */
    public static WireSlaPolicy defaults() {
        return new WireSlaPolicy(3, 5, 10, 60, 10, List.of(
                new WireTierRule(CompletionTier.INFORMATION, 5, true),
                new WireTierRule(CompletionTier.NO_FIELD_INSPECTION, 14, true),
                new WireTierRule(CompletionTier.FIELD_INSPECTION, 60, false)),
                CompletionTier.FIELD_INSPECTION, 10, 7, 5, true);
    }

    /** The same policy with another follow-up length (training: rehearse a stricter office). */
    public WireSlaPolicy withFollowUpWorkingDays(int days) {
        return new WireSlaPolicy(verificationWorkingDays, days, autoFinishWorkingDays, completionDays, replyWindowWorkingDays,
                completionTiers, defaultTier, informationRequestWorkingDays, informationExtensionWorkingDays, reopenWorkingDays,
                pauseWhileHeld);
    }

    /** The same policy with another auto-finish length (training: rehearse another office's rules). */
    public WireSlaPolicy withAutoFinishWorkingDays(int days) {
        return new WireSlaPolicy(verificationWorkingDays, followUpWorkingDays, days, completionDays, replyWindowWorkingDays,
                completionTiers, defaultTier, informationRequestWorkingDays, informationExtensionWorkingDays, reopenWorkingDays,
                pauseWhileHeld);
    }

    /** The same policy with another reply window. */
    public WireSlaPolicy withReplyWindowWorkingDays(int days) {
        return new WireSlaPolicy(verificationWorkingDays, followUpWorkingDays, autoFinishWorkingDays, completionDays, days,
                completionTiers, defaultTier, informationRequestWorkingDays, informationExtensionWorkingDays, reopenWorkingDays,
                pauseWhileHeld);
    }

    /** The same policy with one tier's length and counting changed. */
    public WireSlaPolicy withTier(CompletionTier tier, int days, boolean workingDays) {
        List<WireTierRule> tiers = new ArrayList<>(completionTiers == null ? List.of() : completionTiers);
        tiers.removeIf(t -> t.tier() == tier);
        tiers.add(new WireTierRule(tier, days, workingDays));
        return new WireSlaPolicy(verificationWorkingDays, followUpWorkingDays, autoFinishWorkingDays, completionDays,
                replyWindowWorkingDays, List.copyOf(tiers), defaultTier, informationRequestWorkingDays,
                informationExtensionWorkingDays, reopenWorkingDays, pauseWhileHeld);
    }

    /** The same policy with other Permintaan Informasi, extension and reopen lengths. */
    public WireSlaPolicy withInformationAndReopen(int informationDays, int extensionDays, int reopenDays) {
        return new WireSlaPolicy(verificationWorkingDays, followUpWorkingDays, autoFinishWorkingDays, completionDays,
                replyWindowWorkingDays, completionTiers, defaultTier, informationDays, extensionDays, reopenDays, pauseWhileHeld);
    }
}
