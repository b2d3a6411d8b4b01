package id.penghubung.model.sla;

import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which completion rule a complaint runs under and from when (issue 22):
 * <ul>
 * <li>a <b>Permintaan Informasi</b> follows UU 14/2008: the policy's information request (10 working
 * days), once extended by the information extension (7) when an EXTENDED event exists — the tier does
 * not apply;</li>
 * <li>any other complaint its <b>tier</b>: the last TIER_SET event's tier, or the policy's default tier
 * when the officer set none (field inspection: the Perpres 76/2013 ceiling);</li>
 * <li>counted from the <b>complete file</b>: the disposition, or the reporter's latest answer to an
 * information request asked after it (before the completion stopped).</li>
 * </ul>
 */
public final class CompletionRules {
    static final Set<EventType> COMPLETION_STOPS = EnumSet.of(EventType.COMPLETED, EventType.NOT_AUTHORIZED, EventType.ARCHIVED);

    private CompletionRules() {
    }

    /** The tier the officer set last (TIER_SET), if any and known to this version. */
    public static Optional<CompletionTier> tierSet(Complaint c) {
        return c.lastEvent(EventType.TIER_SET).flatMap(e -> CompletionTier.parse(e.text()));
    }

    /** The tier the completion clock counts: the one set, or the policy's default. Empty for a Permintaan Informasi. */
    public static Optional<CompletionTier> tier(Complaint c, SlaPolicy policy) {
        if (isInformationRequest(c)) {
            return Optional.empty();
        }
        return Optional.of(tierSet(c).orElse(policy.defaultTier()));
    }

    public static boolean isInformationRequest(Complaint c) {
        return c.classification() == Classification.PERMINTAAN_INFORMASI;
    }

    /** Whether the Permintaan Informasi's one extension was taken. */
    public static boolean extended(Complaint c) {
        return isInformationRequest(c) && c.lastEvent(EventType.EXTENDED).isPresent();
    }

    /** The completion rule: the information clock (with its extension) or the tier's. */
    public static SlaRule rule(Complaint c, SlaPolicy policy) {
        if (isInformationRequest(c)) {
            SlaRule base = policy.informationRequest();
            return extended(c) ? new SlaRule(base.amount() + policy.informationExtension().amount(), base.counting()) : base;
        }
        return policy.tier(tier(c, policy).orElseThrow());
    }

    /** When the file became complete: the reporter's latest answer to a question asked after the disposal, else the disposal. */
    public static Instant completeFile(Complaint c, Instant disposal) {
        Instant asked = null;
        Instant complete = disposal;
        for (Event e : c.events()) {
            if (e.at().isBefore(disposal)) {
                continue;
            }
            if (COMPLETION_STOPS.contains(e.type())) {
                break;
            }
            if (e.type() == EventType.INFO_REQUESTED) {
                asked = e.at();
            } else if (e.type() == EventType.REPORTER_REPLIED && asked != null) {
                complete = e.at();
                asked = null;
            }
        }
        return complete;
    }

    /** How often a reporter's reply after "Selesai" reopened the complaint. */
    public static int reopenCount(Complaint c) {
        return (int) c.events().stream().filter(e -> e.type() == EventType.REOPENED).count();
    }
}
