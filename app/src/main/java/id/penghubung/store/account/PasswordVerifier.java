package id.penghubung.store.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 digest of a password, enough to check the password offline and
 * useless for recovering it. The iteration count follows OWASP's 2023 advice (600,000).
 */
public record PasswordVerifier(String algorithm, int iterations, byte[] salt, byte[] hash) {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordVerifier {
        Objects.requireNonNull(algorithm, "algorithm");
        if (!ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("Unsupported verifier algorithm " + algorithm);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** A new verifier of the password with a fresh random salt. */
    public static PasswordVerifier create(char[] password) {
        return create(password, DEFAULT_ITERATIONS);
    }

    static PasswordVerifier create(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordVerifier(ALGORITHM, iterations, salt, derive(password, salt, iterations));
    }

    /** Constant-time comparison, so timing says nothing about how much of the password matched. */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
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

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordVerifier v && algorithm.equals(v.algorithm) && iterations == v.iterations
                && Arrays.equals(salt, v.salt) && Arrays.equals(hash, v.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, iterations, Arrays.hashCode(salt), Arrays.hashCode(hash));
    }

    @Override
    public String toString() {
        return "PasswordVerifier[" + algorithm + ", " + iterations + " iterations]";
    }
}
