package id.penghubung.sync;

/**
 * The session is gone: the access token was refused and refreshing it failed. The officer must
 * type the password again; local work is untouched.
 */
public final class AuthenticationRequired extends CentralException {
    public AuthenticationRequired(String message) {
        super(message, null);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
