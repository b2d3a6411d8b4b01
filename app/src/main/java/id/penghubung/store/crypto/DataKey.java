package id.penghubung.store.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The account's random 256-bit AES data key, which encrypts reporter identities, drafts and
 * attachment files. It never touches the disk in the clear ({@link KeyWrap} stores it wrapped by
 * the password). {@link #close()} zeroes the bytes; every use after that fails, so the UI lock can
 * drop the key and the rest of the application cannot silently keep decrypting.
 */
public final class DataKey implements AutoCloseable {
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;
    private volatile boolean destroyed;

    private DataKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A data key has 32 bytes");
        }
        this.bytes = bytes;
    }

    /** A fresh random key. */
    public static DataKey generate() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new DataKey(b);
    }

    /** Takes ownership of the array (it is zeroed on close). */
    static DataKey adopt(byte[] bytes) {
        return new DataKey(bytes);
    }

    /**
     * A JCA key for one operation. A SecretKeySpec copies the bytes, so it is made per use and
     * dropped at once instead of living as long as the session.
     */
    SecretKey secretKey() {
        check();
        return new SecretKeySpec(bytes, "AES");
    }

    /** The raw bytes, for wrapping only. */
    byte[] copyOfBytes() {
        check();
        return bytes.clone();
    }

    public boolean isDestroyed() {
        return destroyed;
    }

    /** Fails when the key was dropped. */
    void check() {
        if (destroyed) {
            throw new CryptoException("The data key was dropped (locked or signed out)");
        }
    }

    /** Zeroes the key; idempotent. */
    @Override
    public void close() {
        destroyed = true;
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
        return destroyed ? "DataKey[dropped]" : "DataKey[***]";
    }
}
