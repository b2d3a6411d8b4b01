package id.penghubung.central;

import com.sun.net.httpserver.HttpExchange;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.LoginRequest;
import id.penghubung.protocol.LoginResponse;
import id.penghubung.protocol.RefreshRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Login, refresh and bearer-token checks. */
final class AuthService {
    /** An account as stored: who it is and its password hash. */
    record Account(Principal principal, String passwordHash) {
    }

    private final CentralConfig config;
    private final Sessions sessions;
    private final Map<String, Account> accounts;
    private final String dummyHash;
    private final ConcurrentHashMap<String, long[]> loginFailures = new ConcurrentHashMap<>();

    AuthService(CentralConfig config, Sessions sessions, Map<String, Account> accounts, String dummyHash) {
        this.config = config;
        this.sessions = sessions;
        this.accounts = Map.copyOf(accounts);
        this.dummyHash = dummyHash;
    }

    LoginResponse login(LoginRequest r) {
        if (r.username() == null || r.username().isBlank() || r.password() == null || r.password().isEmpty()) {
            Map<String, String> f = new HashMap<>();
            if (r.username() == null || r.username().isBlank()) {
                f.put("username", "required");
            }
            if (r.password() == null || r.password().isEmpty()) {
                f.put("password", "required");
            }
            throw new ApiException(400, new ApiError(ErrorCodes.VALIDATION_FAILED, "Username and password are required", f), Map.of());
        }
        String username = r.username().strip();
        throttle(username);
        Account account = accounts.get(username);
        // Hash even for an unknown user, so timing does not tell which usernames exist.
        boolean ok = PasswordHasher.verify(r.password(), account == null ? dummyHash : account.passwordHash()) && account != null;
        if (!ok) {
            loginFailures.compute(username, (k, v) -> {
                long now = config.clock().millis();
                return v == null || now - v[1] > 60_000 ? new long[] {1, now} : new long[] {v[0] + 1, v[1]};
            });
            throw new ApiException(401, ErrorCodes.INVALID_CREDENTIALS, "Wrong username or password");
        }
        loginFailures.remove(username);
        return pair(account.principal());
    }

    private void throttle(String username) {
        long[] failures = loginFailures.get(username);
        if (failures != null && failures[0] >= 10 && config.clock().millis() - failures[1] <= 60_000) {
            throw new ApiException(429, new ApiError(ErrorCodes.RATE_LIMITED, "Too many failed logins; wait a minute", Map.of()),
                    Map.of("Retry-After", "60"));
        }
    }

    LoginResponse refresh(RefreshRequest r) {
        if (r.refreshToken() == null || r.refreshToken().isBlank()) {
            throw new ApiException(400, new ApiError(ErrorCodes.VALIDATION_FAILED, "refreshToken is required",
                    Map.of("refreshToken", "required")), Map.of());
        }
        return switch (sessions.spendRefresh(r.refreshToken())) {
            case Sessions.Valid v -> pair(v.principal());
            case Sessions.Expired e -> throw unauthorized(ErrorCodes.TOKEN_EXPIRED, "Refresh token expired; log in again");
            case Sessions.Unknown u -> throw unauthorized(ErrorCodes.INVALID_TOKEN, "Unknown refresh token");
        };
    }

    private LoginResponse pair(Principal p) {
        Sessions.Pair pair = sessions.issue(p);
        return new LoginResponse(pair.accessToken(), pair.refreshToken(), pair.expiresInSeconds(), p.info());
    }

    Principal authenticate(HttpExchange ex) {
        Optional<String> token = Sessions.bearer(ex.getRequestHeaders().getFirst("Authorization"));
        if (token.isEmpty()) {
            throw unauthorized(ErrorCodes.UNAUTHENTICATED, "Authorization: Bearer <accessToken> required");
        }
        return switch (sessions.checkAccess(token.get())) {
            case Sessions.Valid v -> v.principal();
            case Sessions.Expired e -> throw unauthorized(ErrorCodes.TOKEN_EXPIRED, "Access token expired; refresh it");
            case Sessions.Unknown u -> throw unauthorized(ErrorCodes.INVALID_TOKEN, "Unknown access token");
        };
    }

    static ApiException unauthorized(String code, String message) {
        return new ApiException(401, new ApiError(code, message, Map.of()), Map.of("WWW-Authenticate", "Bearer"));
    }
}
