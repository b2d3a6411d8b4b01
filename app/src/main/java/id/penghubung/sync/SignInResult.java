package id.penghubung.sync;

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

    /** The server cannot be reached and this computer has no account of that user on that server. */
    record Unreachable(String reason) implements SignInResult {
    }

    /** The server answered with an error other than wrong credentials (and no offline way in). */
    record ServerError(int status, String code, String message) implements SignInResult {
    }
}
