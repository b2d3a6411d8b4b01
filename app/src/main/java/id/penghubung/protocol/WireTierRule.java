package id.penghubung.protocol;

import id.penghubung.model.CompletionTier;

/** One completion tier of the policy: so many days, working or calendar. */
public record WireTierRule(CompletionTier tier, int days, boolean workingDays) {
}
