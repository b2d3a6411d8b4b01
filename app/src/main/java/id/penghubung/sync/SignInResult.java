package id.penghubung.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outcome of a sign-in; each case asks the UI for a different answer. */
public sealed interface SignInResult {
    /** How the session was opened: checked by the server, or against the verifier kept on this computer. */
    enum Mode { ONLINE, OFFLINE }

    /** Signed in; the session holds the open cache. Close it when signing out. */
    record SignedIn(Mode mode, Session session) implements SignInResult {
    }

    /** The password (or user name) is wrong; {@code offline}: judged by the local verifier because the server was unreachable. */
    record WrongPassword(boolean offline) implements SignInResult {
    }

    /**
     * The server accepted the password, but this computer's data of the account is locked with the
     * previous one (the password was changed elsewhere). Ask for the previous password and call
     * {@link SignInService#signIn(String, String, char[], char[])}; nothing was changed on disk.
     */
    record PreviousPasswordNeeded(String serverUrl, String username) implements SignInResult {
    }

    /**
     * The password is right, but the account has been offline longer than the maximum offline period
     * ({@link OfflinePolicy}; or its sealed online sign-in is missing or the PC clock was turned back):
     * only an online sign-in opens the cache now. Nothing was changed; queued work waits for it.
     */
    record OnlineSignInNeeded(String serverUrl, String username, Optional<Instant> lastOnline)
            implements SignInResult {
    }

    /** The server cannot be reached and this computer has no account of that user on that server. */
    record Unreachable(String reason) implements SignInResult {
    }

    /**
     * The server accepted the password, but it is too weak to become the only key of this computer's
     * copy of the account ({@code store.account.PasswordPolicy}); nothing was written. The message
     * (a bundle key with arguments) tells the officer to change it on the server.
     */
    record WeakPassword(String messageKey, List<Object> args) implements SignInResult {
        public WeakPassword {
            args = List.copyOf(args);
        }
    }

    /** The server answered with an error other than wrong credentials (and no offline way in). */
    record ServerError(int status, String code, String message) implements SignInResult {
    }
}
