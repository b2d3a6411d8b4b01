package id.penghubung.sync;

import id.penghubung.protocol.LoginResponse;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's token pair, in memory only, and the rule for using it: every call carries the access
 * token; a 401 renews the pair once (one thread renews, the others take its result) and retries once,
 * then {@link AuthenticationRequired}.
 */
final class TokenAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(TokenAuthenticator.class);

    /** The token pair; toString never shows them. */
    private record Tokens(String access, String refresh) {
        @Override
        public String toString() {
            return "Tokens[***]";
        }
    }

    private final ServerExchanges exchanges;
    /** The refresh request for a refresh token. */
    private final Function<String, Request> refreshRequest;
    private final long maxAnswerBytes;
    private final String host;
    private final AtomicReference<Tokens> tokens = new AtomicReference<>();
    private final Object refreshLock = new Object();

    TokenAuthenticator(ServerExchanges exchanges, Function<String, Request> refreshRequest, long maxAnswerBytes, String host) {
        this.exchanges = Objects.requireNonNull(exchanges);
        this.refreshRequest = Objects.requireNonNull(refreshRequest);
        this.maxAnswerBytes = maxAnswerBytes;
        this.host = host;
    }

    void signedIn(LoginResponse answer) {
        tokens.set(new Tokens(answer.accessToken(), answer.refreshToken()));
    }

    boolean signedIn() {
        return tokens.get() != null;
    }

    void signOut() {
        tokens.set(null);
    }

    /** Sends with the access token; on 401 refreshes once and retries once. */
    <T> T authorized(Request request, ServerExchanges.Handler<T> handler) {
        Tokens held = tokens.get();
        if (held == null) {
            throw new AuthenticationRequired("Not signed in");
        }
        try {
            return exchanges.exchange(withToken(request, held), handler);
        } catch (ApiException e) {
            if (e.status() != 401) {
                throw e;
            }
        }
        Tokens renewed = refresh(held);
        try {
            return exchanges.exchange(withToken(request, renewed), handler);
        } catch (ApiException e) {
            if (e.status() == 401) {
                tokens.compareAndSet(renewed, null);
                throw new AuthenticationRequired("The server refused the renewed session");
            }
            throw e;
        }
    }

    private Tokens refresh(Tokens stale) {
        synchronized (refreshLock) {
            Tokens current = tokens.get();
            if (current != null && current != stale) {
                return current; // another thread already renewed the pair
            }
            if (current == null) {
                throw new AuthenticationRequired("Not signed in");
            }
            try {
                LoginResponse answer = exchanges.readJson(refreshRequest.apply(current.refresh()), LoginResponse.class, maxAnswerBytes);
                Tokens renewed = new Tokens(answer.accessToken(), answer.refreshToken());
                tokens.set(renewed);
                LOG.info("Session renewed with {}", host);
                return renewed;
            } catch (ApiException e) {
                if (e.status() == 401 || e.status() == 400) {
                    tokens.set(null);
                    throw new AuthenticationRequired("The session could not be renewed");
                }
                throw e;
            }
        }
    }

    private static Request withToken(Request request, Tokens held) {
        return request.newBuilder().header("Authorization", "Bearer " + held.access()).build();
    }
}
