package id.penghubung.protocol;

import id.penghubung.model.CompletionTier;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.model.sla.SlaRule;
import java.util.EnumMap;
import java.util.Map;

/**
 * A published {@link WireSlaPolicy} as the model's: every part an older server leaves out takes the
 * model's default. One conversion for the desk (which adopts the server's policy) and the training
 * server (which computes the province indicators with the policy it publishes).
 */
public final class SlaPolicies {
    private SlaPolicies() {
    }

    public static SlaPolicy toModel(WireSlaPolicy p, boolean pauseWhileWaitingForReporter) {
        Map<CompletionTier, SlaRule> tiers = new EnumMap<>(CompletionTier.class);
        if (p.completionTiers() != null) {
            for (WireTierRule t : p.completionTiers()) {
                if (t != null && t.tier() != null && t.days() >= 0) {
                    tiers.put(t.tier(), t.workingDays() ? SlaRule.workingDays(t.days()) : SlaRule.calendarDays(t.days()));
                }
            }
        }
        return new SlaPolicy(SlaRule.workingDays(p.verificationWorkingDays()),
                SlaRule.workingDays(p.followUpWorkingDays()), SlaRule.workingDays(p.autoFinishWorkingDays()),
                SlaRule.calendarDays(p.completionDays()), pauseWhileWaitingForReporter,
                p.replyWindowWorkingDays() == null ? SlaPolicy.DEFAULT_REPLY_WINDOW
                        : SlaRule.workingDays(p.replyWindowWorkingDays()),
                tiers, p.defaultTier() == null ? SlaPolicy.DEFAULT_TIER : p.defaultTier(),
                workingDays(p.informationRequestWorkingDays(), SlaPolicy.DEFAULT_INFORMATION_REQUEST),
                workingDays(p.informationExtensionWorkingDays(), SlaPolicy.DEFAULT_INFORMATION_EXTENSION),
                workingDays(p.reopenWorkingDays(), SlaPolicy.DEFAULT_REOPEN),
                p.pauseWhileHeld() == null || p.pauseWhileHeld());
    }

    private static SlaRule workingDays(Integer days, SlaRule fallback) {
        return days == null || days < 0 ? fallback : SlaRule.workingDays(days);
    }
}
