package id.penghubung.sync;

import id.penghubung.store.account.Account;
import id.penghubung.store.crypto.DataKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the cache may be opened without the server: at most {@code maxOffline} after the last
 * online sign-in (30 days), warned {@code warnBefore} ahead (a week). After that only an online
 * sign-in opens it, so an account disabled on the server stops opening on this computer too. The
 * training server publishes no such policy, so the default is fixed here (docs/security.md).
 */
public record OfflinePolicy(Duration maxOffline, Duration warnBefore) {
    public static final Duration DEFAULT_MAX_OFFLINE = Duration.ofDays(30);
    public static final Duration DEFAULT_WARN_BEFORE = Duration.ofDays(7);
    /** A PC clock behind the latest time this account saw by more than this means it was turned back. */
    static final Duration CLOCK_TOLERANCE = Duration.ofDays(1);

    public OfflinePolicy {
        Objects.requireNonNull(maxOffline, "maxOffline");
        Objects.requireNonNull(warnBefore, "warnBefore");
        if (maxOffline.isNegative() || maxOffline.isZero() || warnBefore.isNegative()) {
            throw new IllegalArgumentException("Bad offline policy: " + maxOffline + ", " + warnBefore);
        }
    }

    public static OfflinePolicy standard() {
        return new OfflinePolicy(DEFAULT_MAX_OFFLINE, DEFAULT_WARN_BEFORE);
    }

    /** What this account's sealed record allows at {@code now} (for commands that open the cache themselves). */
    public Allowance allowanceFor(Account account, DataKey key,
            Instant now) {
        return allowance(OnlineSignIns.read(account, key), now);
    }

    /** What the sealed record allows: empty (no record, unreadable, or a clock turned back) allows nothing. */
    Allowance allowance(Optional<OnlineSignIns.Record> record, Instant now) {
        if (record.isEmpty() || now.isBefore(record.get().lastSeen().minus(CLOCK_TOLERANCE))) {
            return new Allowance(record.map(OnlineSignIns.Record::lastOnline), Instant.EPOCH, warnBefore);
        }
        Instant last = record.get().lastOnline();
        return new Allowance(Optional.of(last), last.plus(maxOffline), warnBefore);
    }

    /** Offline sign-ins open the cache until {@code until}; {@code lastOnline} as sealed, if readable. */
    public record Allowance(Optional<Instant> lastOnline, Instant until, Duration warnBefore) {
        public Allowance {
            Objects.requireNonNull(lastOnline, "lastOnline");
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(warnBefore, "warnBefore");
        }

        public boolean expired(Instant now) {
            return !now.isBefore(until);
        }

        /** True in the last {@code warnBefore} of the period: the desk asks for an online sign-in. */
        public boolean warn(Instant now) {
            return !expired(now) && !now.isBefore(until.minus(warnBefore));
        }
    }
}
