package id.penghubung.central;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins, remembered per username+address and per address, with exponential back-off: after
 * the free failures each further failure blocks its key for {@code firstBackoff}, then twice that,
 * and so on up to a cap. A refused (blocked) attempt is not a failure and does not lengthen the
 * block. The table is bounded (least recently used keys go first) and a key with no failure for
 * {@code loginFailureMemory} is forgotten, so neither a flood of usernames nor time fills memory.
 * Usernames reaching here are already length-capped.
 */
final class LoginThrottle {
    private static final class Failures {
        int failures;
        long lastFailure;
        long blockedUntil;
    }

    private final ServerLimits limits;
    private final Clock clock;
    private final LinkedHashMap<String, Failures> entries;

    LoginThrottle(ServerLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > limits.maxLoginFailureKeys();
            }
        };
    }

    /** 0 when a login may be tried now, else the whole seconds to wait (for Retry-After). */
    synchronized long retryAfterSeconds(String username, String address) {
        long now = clock.millis();
        long until = Math.max(blockedUntil(userKey(username, address), now), blockedUntil(addressKey(address), now));
        return until <= now ? 0 : Math.ceilDiv(until - now, 1000);
    }

    synchronized void failed(String username, String address) {
        long now = clock.millis();
        forgetStale(now);
        fail(userKey(username, address), now, limits.freeFailuresPerUser(), limits.maxUserBackoff().toMillis());
        fail(addressKey(address), now, limits.freeFailuresPerAddress(), limits.maxAddressBackoff().toMillis());
    }

    /** A success clears the username's count from that address (not the address's, so one's own account does not reset guessing). */
    synchronized void succeeded(String username, String address) {
        entries.remove(userKey(username, address));
    }

    synchronized int size() {
        return entries.size();
    }

    private long blockedUntil(String key, long now) {
        Failures e = entries.get(key);
        if (e == null) {
            return 0;
        }
        if (now - e.lastFailure >= limits.loginFailureMemory().toMillis()) {
            entries.remove(key);
            return 0;
        }
        return e.blockedUntil;
    }

    private void fail(String key, long now, int free, long maxBackoff) {
        Failures e = entries.computeIfAbsent(key, k -> new Failures());
        e.failures = Math.min(e.failures + 1, 1_000_000);
        e.lastFailure = now;
        int over = e.failures - free;
        if (over > 0) {
            long backoff = limits.firstBackoff().toMillis() << Math.min(over - 1, 40);
            e.blockedUntil = now + Math.min(backoff, maxBackoff);
        }
    }

    /** Drops the least recently used keys that are stale; stops at the first live one. */
    private void forgetStale(long now) {
        long memory = limits.loginFailureMemory().toMillis();
        Iterator<Failures> it = entries.values().iterator();
        while (it.hasNext()) {
            if (now - it.next().lastFailure < memory) {
                return;
            }
            it.remove();
        }
    }

    private static String userKey(String username, String address) {
        return "u\n" + address + "\n" + username;
    }

    private static String addressKey(String address) {
        return "a\n" + address;
    }
}
