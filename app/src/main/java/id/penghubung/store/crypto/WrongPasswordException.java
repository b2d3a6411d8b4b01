package id.penghubung.store.crypto;

/**
 * The password does not unwrap the account's data key (the AES-GCM tag did not verify). Says
 * nothing about how close the password was.
 */
public final class WrongPasswordException extends Exception {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("The password does not open this account's key");
    }
}
