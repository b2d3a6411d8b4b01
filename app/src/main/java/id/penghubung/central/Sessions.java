package id.penghubung.central;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access and refresh tokens, in memory (a restart of the training server logs everyone out).
 * Tokens are 256 random bits; a refresh token is spent when used (rotation).
 */
final class Sessions {
    record Token(Principal principal, Instant expiresAt) {
    }

    sealed interface Lookup permits Valid, Expired, Unknown {
    }

    record Valid(Principal principal) implements Lookup {
    }

    record Expired() implements Lookup {
    }

    record Unknown() implements Lookup {
    }

    record Pair(String accessToken, String refreshToken, long expiresInSeconds) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final ConcurrentHashMap<String, Token> access = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Token> refresh = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;

    Sessions(Clock clock, Duration accessTtl, Duration refreshTtl) {
        this.clock = clock;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
    }

    Pair issue(Principal principal) {
        Instant now = clock.instant();
        String a = newToken();
        String r = newToken();
        access.put(a, new Token(principal, now.plus(accessTtl)));
        refresh.put(r, new Token(principal, now.plus(refreshTtl)));
        purgeExpired(now);
        return new Pair(a, r, Math.max(1, accessTtl.toSeconds()));
    }

    Lookup checkAccess(String token) {
        return lookup(access, token, false);
    }

    /** Spends the refresh token: valid or not, it cannot be used again. */
    Lookup spendRefresh(String token) {
        return lookup(refresh, token, true);
    }

    private Lookup lookup(ConcurrentHashMap<String, Token> map, String token, boolean remove) {
        Token found = remove ? map.remove(token) : map.get(token);
        if (found == null) {
            return new Unknown();
        }
        return clock.instant().isBefore(found.expiresAt()) ? new Valid(found.principal()) : new Expired();
    }

    private void purgeExpired(Instant now) {
        // Keep expired tokens for a while so a client hears TOKEN_EXPIRED, not INVALID_TOKEN.
        Instant cutoff = now.minus(Duration.ofHours(24));
        access.values().removeIf(t -> t.expiresAt().isBefore(cutoff));
        refresh.values().removeIf(t -> t.expiresAt().isBefore(cutoff));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Optional<String> bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
