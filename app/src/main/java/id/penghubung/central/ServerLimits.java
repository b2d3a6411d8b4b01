package id.penghubung.central;

import java.time.Duration;
import java.util.Objects;

/**
 * How the training server bounds what one client can take from it. Start from {@link #defaults()};
 * tests shrink the numbers so an attack is quick to stage.
 *
 * @param maxInFlight requests served at once (after their body has arrived); beyond it 503 + Retry-After
 * @param maxPerAddress requests at once from one client address, body still arriving included; beyond it 429
 * @param bodyDeadline time for a request body to arrive in full, counted from the handler's start
 * @param uploadBytesPerSecond an attachment body gets {@code bodyDeadline} plus its declared size at this rate
 * @param maxLoginFailureKeys failed-login keys (username+address, address) remembered at most; the oldest go first
 * @param loginFailureMemory a key with no failure for this long is forgotten
 * @param freeFailuresPerUser failures of one username from one address before back-off starts
 * @param freeFailuresPerAddress failures from one address (any usernames) before back-off starts
 * @param firstBackoff the first block; it doubles with each further failure
 * @param maxUserBackoff the longest block of a username+address key
 * @param maxAddressBackoff the longest block of an address key
 */
public record ServerLimits(
        int maxInFlight,
        int maxPerAddress,
        Duration bodyDeadline,
        long uploadBytesPerSecond,
        int maxLoginFailureKeys,
        Duration loginFailureMemory,
        int freeFailuresPerUser,
        int freeFailuresPerAddress,
        Duration firstBackoff,
        Duration maxUserBackoff,
        Duration maxAddressBackoff) {

    public ServerLimits {
        positive(maxInFlight, "maxInFlight");
        positive(maxPerAddress, "maxPerAddress");
        Objects.requireNonNull(bodyDeadline, "bodyDeadline");
        positive(uploadBytesPerSecond, "uploadBytesPerSecond");
        positive(maxLoginFailureKeys, "maxLoginFailureKeys");
        Objects.requireNonNull(loginFailureMemory, "loginFailureMemory");
        positive(freeFailuresPerUser, "freeFailuresPerUser");
        positive(freeFailuresPerAddress, "freeFailuresPerAddress");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxUserBackoff, "maxUserBackoff");
        Objects.requireNonNull(maxAddressBackoff, "maxAddressBackoff");
        if (bodyDeadline.isNegative() || bodyDeadline.isZero()) {
            throw new IllegalArgumentException("bodyDeadline must be positive");
        }
    }

    /** 512 in flight, 256 per address (half: one address never holds them all), 10 s per body (+1 s per 16 KiB of upload), 10,000 failure keys kept 15 min. */
    public static ServerLimits defaults() {
        return new ServerLimits(512, 256, Duration.ofSeconds(10), 16 * 1024, 10_000, Duration.ofMinutes(15), 5, 20,
                Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofSeconds(60));
    }

    public ServerLimits withConnections(int inFlight, int perAddress, Duration deadline) {
        return new ServerLimits(inFlight, perAddress, deadline, uploadBytesPerSecond, maxLoginFailureKeys, loginFailureMemory,
                freeFailuresPerUser, freeFailuresPerAddress, firstBackoff, maxUserBackoff, maxAddressBackoff);
    }

    public ServerLimits withMaxLoginFailureKeys(int value) {
        return new ServerLimits(maxInFlight, maxPerAddress, bodyDeadline, uploadBytesPerSecond, value, loginFailureMemory,
                freeFailuresPerUser, freeFailuresPerAddress, firstBackoff, maxUserBackoff, maxAddressBackoff);
    }

    private static void positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
