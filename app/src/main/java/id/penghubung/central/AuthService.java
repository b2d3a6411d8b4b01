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

/** Login, refresh and bearer-token checks. */
final class AuthService {
    static final int MAX_USERNAME = 64;
    static final int MAX_PASSWORD = 256;
    /** Login and refresh bodies are small; a larger one is refused (413) before it is parsed. */
    static final int MAX_BODY = 8 * 1024;

    /** An account as stored: who it is and its password hash. */
    record Account(Principal principal, String passwordHash) {
    }

    private final Sessions sessions;
    private final Map<String, Account> accounts;
    private final String dummyHash;
    private final LoginThrottle throttle;

    AuthService(CentralConfig config, Sessions sessions, Map<String, Account> accounts, String dummyHash) {
        this.sessions = sessions;
        this.accounts = Map.copyOf(accounts);
        this.dummyHash = dummyHash;
        this.throttle = new LoginThrottle(config.limits(), config.clock());
    }

    /** Lengths first (400), then the throttle (429), then the hash: a huge or hostile username never reaches memory or the hash. */
    LoginResponse login(LoginRequest r, String address) {
        Map<String, String> f = new HashMap<>();
        if (r.username() == null || r.username().isBlank()) {
            f.put("username", "required");
        } else if (r.username().length() > MAX_USERNAME) {
            f.put("username", "at most " + MAX_USERNAME + " characters");
        }
        if (r.password() == null || r.password().isEmpty()) {
            f.put("password", "required");
        } else if (r.password().length() > MAX_PASSWORD) {
            f.put("password", "at most " + MAX_PASSWORD + " characters");
        }
        if (!f.isEmpty()) {
            throw new RequestException(400, new ApiError(ErrorCodes.VALIDATION_FAILED, "Invalid username or password field", f), Map.of());
        }
        String username = r.username().strip();
        long wait = throttle.retryAfterSeconds(username, address);
        if (wait > 0) {
            throw new RequestException(429, new ApiError(ErrorCodes.RATE_LIMITED, "Too many failed logins; wait before trying again", Map.of()),
                    Map.of("Retry-After", Long.toString(wait)));
        }
        Account account = accounts.get(username);
        // Hash even for an unknown user, so timing does not tell which usernames exist.
        boolean ok = PasswordHasher.verify(r.password(), account == null ? dummyHash : account.passwordHash()) && account != null;
        if (!ok) {
            throttle.failed(username, address);
            throw new RequestException(401, ErrorCodes.INVALID_CREDENTIALS, "Wrong username or password");
        }
        throttle.succeeded(username, address);
        return pair(account.principal());
    }

    LoginResponse refresh(RefreshRequest r) {
        if (r.refreshToken() == null || r.refreshToken().isBlank()) {
            throw new RequestException(400, new ApiError(ErrorCodes.VALIDATION_FAILED, "refreshToken is required",
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

    static RequestException unauthorized(String code, String message) {
        return new RequestException(401, new ApiError(code, message, Map.of()), Map.of("WWW-Authenticate", "Bearer"));
    }
}
