package id.penghubung.store.account;

import id.penghubung.store.crypto.Kdf;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A salted digest of a password by a {@link Kdf} (Argon2id by default since issue 21; PBKDF2 600,000
 * in files written before, which are replaced at the next sign-in that matches them), enough to check
 * the password offline and useless for recovering it. It costs a guesser as much as the key file does,
 * so neither is the cheaper target.
 */
public record PasswordVerifier(Kdf kdf, byte[] salt, byte[] hash) {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordVerifier {
        Objects.requireNonNull(kdf, "kdf");
        salt = salt.clone();
        hash = hash.clone();
    }

    /** A new verifier of the password with a fresh random salt ({@link Kdf#DEFAULT}). */
    public static PasswordVerifier create(char[] password) {
        return create(password, Kdf.DEFAULT);
    }

    static PasswordVerifier create(char[] password, Kdf kdf) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordVerifier(kdf, salt, kdf.derive(password, salt, HASH_BYTES));
    }

    /** Constant-time comparison, so timing says nothing about how much of the password matched. */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, kdf.derive(password, salt, hash.length));
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    String saltBase64() {
        return Base64.getEncoder().encodeToString(salt);
    }

    String hashBase64() {
        return Base64.getEncoder().encodeToString(hash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordVerifier v && kdf.equals(v.kdf) && Arrays.equals(salt, v.salt)
                && Arrays.equals(hash, v.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kdf, Arrays.hashCode(salt), Arrays.hashCode(hash));
    }

    @Override
    public String toString() {
        return "PasswordVerifier[" + kdf + "]";
    }
}
