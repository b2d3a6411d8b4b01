package id.penghubung.model.sla;

import id.penghubung.model.CompletionTier;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The service-level policy: how long each step may take. Every number is the server's (published in
 * its reference data), these are the defaults. {@code pauseWhileWaitingForReporter} is kept for older
 * callers: since an information request gives the follow-up (LAPOR! posts the question as a
 * tindak lanjut), the follow-up clock has nothing left to pause for.
 *
 * <p>Issue 22: completion by {@code tiers} (the officer's choice, {@code defaultTier} when none is
 * set), a Permintaan Informasi's {@code informationRequest} clock and its one
 * {@code informationExtension} (both counted alike), the {@code reopen} clock to answer a reporter's
 * reply after "Selesai", and whether the agency's clocks pause while the admin holds a complaint.
 */
public record SlaPolicy(
        SlaRule verification,
        SlaRule followUp,
        SlaRule autoFinish,
        SlaRule completion,
        boolean pauseWhileWaitingForReporter,
        SlaRule replyWindow,
        Map<CompletionTier, SlaRule> tiers,
        CompletionTier defaultTier,
        SlaRule informationRequest,
        SlaRule informationExtension,
        SlaRule reopen,
        boolean pauseWhileHeld) {

    /** The reporter's reply window after an information request, by default. */
    public static final SlaRule DEFAULT_REPLY_WINDOW = SlaRule.workingDays(10);
    /** The tier of a complaint the officer has not tiered: the Perpres 76/2013 ceiling, never "late" before the law says so. */
    public static final CompletionTier DEFAULT_TIER = CompletionTier.FIELD_INSPECTION;
    public static final SlaRule DEFAULT_INFORMATION_REQUEST = SlaRule.workingDays(10);
    public static final SlaRule DEFAULT_INFORMATION_EXTENSION = SlaRule.workingDays(7);
    public static final SlaRule DEFAULT_REOPEN = SlaRule.workingDays(5);

    public SlaPolicy {
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(autoFinish, "autoFinish");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(replyWindow, "replyWindow");
        Objects.requireNonNull(defaultTier, "defaultTier");
        Objects.requireNonNull(informationRequest, "informationRequest");
        Objects.requireNonNull(informationExtension, "informationExtension");
        Objects.requireNonNull(reopen, "reopen");
        Map<CompletionTier, SlaRule> all = defaultTiers(completion);
        all.putAll(Objects.requireNonNull(tiers, "tiers"));
        // An EnumMap: its order (and toString, part of the rules fingerprint) is the same on every run.
        tiers = Collections.unmodifiableMap(all);
    }

    /** A policy with the default reply window. */
    public SlaPolicy(SlaRule verification, SlaRule followUp, SlaRule autoFinish, SlaRule completion,
            boolean pauseWhileWaitingForReporter) {
        this(verification, followUp, autoFinish, completion, pauseWhileWaitingForReporter, DEFAULT_REPLY_WINDOW);
    }

    /** A policy of issue 22's first half: the tiers, information, reopen and hold rules at their defaults (field inspection = {@code completion}). */
    public SlaPolicy(SlaRule verification, SlaRule followUp, SlaRule autoFinish, SlaRule completion,
            boolean pauseWhileWaitingForReporter, SlaRule replyWindow) {
        this(verification, followUp, autoFinish, completion, pauseWhileWaitingForReporter, replyWindow, Map.of(), DEFAULT_TIER,
                DEFAULT_INFORMATION_REQUEST, DEFAULT_INFORMATION_EXTENSION, DEFAULT_REOPEN, true);
    }

    /** Information/simple 5 and no field inspection 14 working days; field inspection the flat completion rule. */
    private static Map<CompletionTier, SlaRule> defaultTiers(SlaRule completion) {
        Map<CompletionTier, SlaRule> m = new EnumMap<>(CompletionTier.class);
        m.put(CompletionTier.INFORMATION, SlaRule.workingDays(5));
        m.put(CompletionTier.NO_FIELD_INSPECTION, SlaRule.workingDays(14));
        m.put(CompletionTier.FIELD_INSPECTION, completion);
        return m;
    }

    /**
     * SP4N-LAPOR! as practised: verification 3 working days, follow-up 5 working days, auto-finish
     * 10 working days after a follow-up without reply, completion 60 calendar days (Perpres 76/2013
     * says "hari"), the reporter's reply window 10 working days.
     */
    public static SlaPolicy standard() {
        return new SlaPolicy(
                SlaRule.workingDays(3),
                SlaRule.workingDays(5),
                SlaRule.workingDays(10),
                SlaRule.calendarDays(60),
                true);
    }

    /** The completion rule of a tier. */
    public SlaRule tier(CompletionTier tier) {
        return tiers.get(tier);
    }

    /** The same policy with one tier's rule changed. */
    public SlaPolicy withTier(CompletionTier tier, SlaRule rule) {
        Map<CompletionTier, SlaRule> m = new EnumMap<>(tiers);
        m.put(tier, rule);
        return new SlaPolicy(verification, followUp, autoFinish, completion, pauseWhileWaitingForReporter, replyWindow, m,
                defaultTier, informationRequest, informationExtension, reopen, pauseWhileHeld);
    }

    /** The same policy with the hold rule changed. */
    public SlaPolicy withPauseWhileHeld(boolean pause) {
        return new SlaPolicy(verification, followUp, autoFinish, completion, pauseWhileWaitingForReporter, replyWindow, tiers,
                defaultTier, informationRequest, informationExtension, reopen, pause);
    }

    public SlaRule rule(DeadlineKind kind) {
        return switch (kind) {
            case VERIFICATION -> verification;
            case FOLLOW_UP -> followUp;
            case AUTO_FINISH -> autoFinish;
            case COMPLETION -> completion;
            case REPLY_WINDOW -> replyWindow;
            case REOPEN -> reopen;
        };
    }
}
