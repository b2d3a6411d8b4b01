package id.penghubung.store.crypto;

/**
 * Encrypted data could not be opened: a tag that does not verify (tampered, swapped between rows,
 * or sealed under another key), an unknown format version, or a key that was already dropped.
 * The message never carries plaintext.
 */
public final class CryptoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
