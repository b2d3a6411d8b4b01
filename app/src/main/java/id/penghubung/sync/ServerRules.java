package id.penghubung.sync;

import id.penghubung.model.Complaint;
import id.penghubung.model.calendar.CalendarHolder;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.store.DeadlineIndex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deadline rules in force for a session: the working-day calendar (bundled until the server
 * publishes its own) and the SLA policy (standard until the server's). Serves as the store's
 * {@link DeadlineIndex}; {@link #adopt} takes the server's reference data and says whether
 * anything changed, so the cache's deadlines are reindexed only then.
 */
public final class ServerRules implements DeadlineIndex {
    private static final Logger LOG = LoggerFactory.getLogger(ServerRules.class);

    private final CalendarHolder calendar;
    private final AtomicReference<SlaPolicy> policy;
    private final Clock clock;

    public ServerRules(CalendarHolder calendar, SlaPolicy policy, Clock clock) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = new AtomicReference<>(Objects.requireNonNull(policy, "policy"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static ServerRules standard() {
        return new ServerRules(CalendarHolder.withBundled(), SlaPolicy.standard(), Clock.systemUTC());
    }

    public CalendarHolder calendar() {
        return calendar;
    }

    public SlaPolicy policy() {
        return policy.get();
    }

    public DeadlineCalculator calculator() {
        return new DeadlineCalculator(calendar.current(), policy.get());
    }

    /** A calculator that follows these rules as the server replaces them (what a desk holds for its session). */
    public DeadlineCalculator following() {
        return DeadlineCalculator.following(calendar::current, policy::get);
    }

    /** A digest of the holidays, the edition, the zone and the policy: equal rules, equal text. */
    @Override
    public String rulesFingerprint() {
        WorkingCalendar current = calendar.current();
        StringBuilder text = new StringBuilder(16_384).append(current.zone().getId()).append('\n')
                .append(policy.get()).append('\n').append(current.edition()).append('\n');
        current.holidays().forEach(h -> text.append(h.date()).append(',').append(h.kind().name()).append(',')
                .append(h.name()).append(',').append(h.estimated()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public Optional<Instant> nextDueAt(Complaint complaint) {
        return calculator().evaluate(complaint, clock.instant()).nextDueAt();
    }

    /** The store writes each complaint's facts (the dashboard's trends) by these rules too. */
    @Override
    public Optional<DeadlineCalculator> factsCalculator() {
        return Optional.of(calculator());
    }

    /** Replaces the calendar and policy with the server's; true when either changed. */
    public boolean adopt(ReferenceData data) {
        boolean changed = false;
        // The zone working days are counted in is server policy (issue 22); absent or unreadable: the one in force.
        ZoneId zone = countingZone(data).orElse(calendar.current().zone());
        if (data.calendar() != null && !data.calendar().isEmpty()) {
            try {
                WorkingCalendar server = WireCalendar.toModel(data.calendar(), data.calendarEdition(), zone);
                if (calendar.current().edition().outranks(server.edition())) {
                    LOG.info("Keeping the imported holiday table ({}) over the server's older one", calendar.current().edition().version());
                } else if (!server.equals(calendar.current())) {
                    calendar.replace(server);
                    changed = true;
                }
            } catch (RuntimeException e) {
                // A calendar the model refuses must not replace a good one.
                LOG.warn("Server calendar refused, keeping the current one: {}", e.getMessage());
            }
        }
        WorkingCalendar inForce = calendar.current();
        if (!inForce.zone().equals(zone)) {
            calendar.replace(WorkingCalendar.of(inForce.holidays(), zone, inForce.edition()));
            changed = true;
        }
        if (data.slaPolicy() != null) {
            SlaPolicy current = policy.get();
            SlaPolicy server = ServerPolicy.toModel(data, current.pauseWhileWaitingForReporter());
            if (!server.equals(current)) {
                policy.set(server);
                changed = true;
            }
        }
        return changed;
    }

    private static Optional<ZoneId> countingZone(ReferenceData data) {
        if (data.countingZone() == null || data.countingZone().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(data.countingZone()));
        } catch (DateTimeException e) {
            LOG.warn("Server counting zone '{}' unreadable ({}), keeping the one in force", data.countingZone(), e.getMessage());
            return Optional.empty();
        }
    }
}
