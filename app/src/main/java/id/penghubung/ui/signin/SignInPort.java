package id.penghubung.ui.signin;

import id.penghubung.ui.app.Desk;
import java.util.List;
import java.util.Objects;

/**
 * The seam the sync engine fills for the sign-in screen: checks the account online (or, when the
 * server cannot be reached, offline against the locally kept salted hash of an account that signed
 * in before), opens that account's case store and hands the desk its parts. Blocking: called on a
 * background thread. The password array is the service's to wipe.
 */
@FunctionalInterface
public interface SignInPort {
    Result signIn(String serverUrl, String username, char[] password);

    /**
     * After {@link PreviousPasswordNeeded}: signs in with the new password and re-wraps this
     * computer's data key from the previous password (nothing is re-encrypted). A wrong previous
     * password is {@link WrongPassword}. Both arrays are the service's to wipe.
     */
    default Result signIn(String serverUrl, String username, char[] password, char[] previousPassword) {
        return signIn(serverUrl, username, password);
    }

    /**
     * After a sign-in refused because this computer's copy is damaged: keeps the officer's local work, starts a
     * fresh copy and signs in, whose first sync refills it. Without a local copy to rebuild it is a plain sign-in.
     */
    default Result rebuildAndSignIn(String serverUrl, String username, char[] password) {
        return signIn(serverUrl, username, password);
    }

    /** What a sign-in ends with; each failure has its own clear message. */
    sealed interface Result permits SignedIn, WrongPassword, PreviousPasswordNeeded, Unreachable, Refused {
    }

    /** Signed in: online, or offline when {@code offline} (the desk says so). */
    record SignedIn(Desk.Parts parts, boolean offline) implements Result {
        public SignedIn {
            Objects.requireNonNull(parts, "parts");
        }
    }

    /** The server (or the offline check) said the user name or password is wrong. */
    record WrongPassword() implements Result {
    }

    /**
     * The server accepted the password, but this computer's data of the account is still locked
     * with the previous one (changed elsewhere): ask for it and sign in with both.
     */
    record PreviousPasswordNeeded() implements Result {
    }

    /** No server answered and this account never signed in on this computer. */
    record Unreachable(String detail) implements Result {
    }

    /** Anything else, as a bundle key with arguments (insecure address, read-only role, …). */
    record Refused(String messageKey, List<Object> args) implements Result {
        public Refused {
            args = List.copyOf(args);
        }
    }

    /** A training account the demo shows on the sign-in screen. */
    record DemoAccount(String username, String password, String role) {
    }
}
