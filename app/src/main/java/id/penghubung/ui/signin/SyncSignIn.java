package id.penghubung.ui.signin;

import id.penghubung.sync.OfflinePolicy;
import id.penghubung.sync.Session;
import id.penghubung.sync.SignInResult;
import id.penghubung.sync.SignInService;
import id.penghubung.ui.action.ActionReference;
import id.penghubung.ui.app.SessionDesk;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The sign-in screen over the sync engine's {@code SignInService} (online, or offline with the local verifier). */
public final class SyncSignIn implements SignInPort {
    private final SignInService service;
    private final Function<Session, ActionReference> reference;
    private final Clock clock;

    public SyncSignIn(SignInService service, Function<Session, ActionReference> reference, Clock clock) {
        this.service = Objects.requireNonNull(service);
        this.reference = Objects.requireNonNull(reference);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Result signIn(String serverUrl, String username, char[] password) {
        return map(service.signIn(serverUrl, username, password));
    }

    @Override
    public Result signIn(String serverUrl, String username, char[] password, char[] previousPassword) {
        return map(service.signIn(serverUrl, username, password, previousPassword));
    }

    @Override
    public Result rebuildAndSignIn(String serverUrl, String username, char[] password) {
        return map(service.rebuildAndSignIn(serverUrl, username, password));
    }

    private Result map(SignInResult r) {
        return switch (r) {
            case SignInResult.SignedIn s -> new SignedIn(SessionDesk.parts(s.session(), reference, clock),
                    s.mode() == SignInResult.Mode.OFFLINE);
            case SignInResult.WrongPassword w -> new WrongPassword();
            case SignInResult.PreviousPasswordNeeded p -> new PreviousPasswordNeeded();
            case SignInResult.Unreachable u -> new Unreachable(u.reason());
            case SignInResult.OnlineSignInNeeded o -> new Refused("ui.signin.onlineNeeded",
                    List.of(OfflinePolicy.DEFAULT_MAX_OFFLINE.toDays()));
            case SignInResult.WeakPassword w -> new Refused(w.messageKey(), w.args());
            case SignInResult.ServerError e -> new Refused("ui.signin.serverError", List.of(e.status(), e.message()));
        };
    }
}
