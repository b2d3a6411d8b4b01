package id.penghubung.store.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The account's data key, wrapped: {@code <account>/key.json} (owner-only) holds the data key
 * encrypted with AES-256-GCM under a key-encryption key derived from the account password with
 * PBKDF2-HMAC-SHA256 (600,000 iterations by default, a fresh 16-byte salt per wrap). The file's
 * header (format, KDF, iterations, salt) is the GCM associated data, so it cannot be altered
 * (e.g. to fewer iterations) without the unwrap failing. A password change re-wraps the same data
 * key: nothing else is re-encrypted (docs/decisions/0005-encryption-at-rest.md).
 */
public final class KeyWrap {
    public static final String FILE_NAME = "key.json";
    /** OWASP 2023 advice for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    static final int FORMAT = 1;
    static final String KDF = "PBKDF2WithHmacSHA256";
    private static final String WRAP = "AES/GCM/NoPadding";
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private KeyWrap() {
    }

    /** The key file of an account folder. */
    public static Path fileIn(Path accountFolder) {
        return accountFolder.resolve(FILE_NAME);
    }

    public static boolean exists(Path keyFile) {
        return Files.isRegularFile(keyFile);
    }

    /** Creates a new random data key and stores it wrapped under the password (600,000 iterations). */
    public static DataKey create(Path keyFile, char[] password) {
        return create(keyFile, password, DEFAULT_ITERATIONS);
    }

    /**
     * As {@link #create(Path, char[])} with an explicit PBKDF2 cost. Anything below
     * {@link #DEFAULT_ITERATIONS} is for tests only (they would otherwise spend seconds per sign-in).
     */
    public static DataKey create(Path keyFile, char[] password, int iterations) {
        if (Files.exists(keyFile)) {
            throw new IllegalStateException("A key file already exists: " + keyFile);
        }
        DataKey key = DataKey.generate();
        try {
            write(keyFile, key, password, iterations);
        } catch (RuntimeException e) {
            key.close();
            throw e;
        }
        return key;
    }

    /** Unwraps the data key with the password. */
    public static DataKey unlock(Path keyFile, char[] password) throws WrongPasswordException {
        Wrapped w = read(keyFile);
        byte[] kek = derive(password, w.salt, w.iterations);
        try {
            Cipher c = Cipher.getInstance(WRAP);
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, w.nonce));
            c.updateAAD(header(w.iterations, w.salt));
            return DataKey.adopt(c.doFinal(w.wrapped));
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException();
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot unwrap the data key", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** Re-wraps the same data key under a new password (default cost); the old password stops working. */
    public static void rewrap(Path keyFile, char[] oldPassword, char[] newPassword) throws WrongPasswordException {
        rewrap(keyFile, oldPassword, newPassword, DEFAULT_ITERATIONS);
    }

    /** As {@link #rewrap(Path, char[], char[])} with an explicit cost (lower only in tests). */
    public static void rewrap(Path keyFile, char[] oldPassword, char[] newPassword, int iterations)
            throws WrongPasswordException {
        try (DataKey key = unlock(keyFile, oldPassword)) {
            write(keyFile, key, newPassword, iterations);
        }
    }

    /** The iteration count stored in the file (to decide whether to re-wrap at a higher cost). */
    public static int iterations(Path keyFile) {
        return read(keyFile).iterations;
    }

    private record Wrapped(int iterations, byte[] salt, byte[] nonce, byte[] wrapped) {
    }

    private static void write(Path keyFile, DataKey key, char[] password, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations");
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        byte[] kek = derive(password, salt, iterations);
        byte[] raw = key.copyOfBytes();
        byte[] wrapped;
        try {
            Cipher c = Cipher.getInstance(WRAP);
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(header(iterations, salt));
            wrapped = c.doFinal(raw);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot wrap the data key", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(raw, (byte) 0);
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("kdf", KDF);
        root.put("iterations", iterations);
        root.put("salt", b64(salt));
        root.put("cipher", WRAP);
        root.put("nonce", b64(nonce));
        root.put("wrappedKey", b64(wrapped));
        try {
            Path folder = keyFile.toAbsolutePath().getParent();
            OwnerOnly.createDirectories(folder);
            Path temp = folder.resolve(keyFile.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            OwnerOnly.createFile(temp);
            Files.write(temp, JSON.writeValueAsBytes(root));
            try {
                Files.move(temp, keyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, keyFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key file " + keyFile, e);
        }
    }

    private static Wrapped read(Path keyFile) {
        JsonNode n;
        try {
            n = JSON.readTree(keyFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + keyFile, e);
        }
        if (n == null || n.path("format").asInt() != FORMAT || !KDF.equals(n.path("kdf").asText())
                || !WRAP.equals(n.path("cipher").asText())) {
            throw new CryptoException("Unknown key file format: " + keyFile);
        }
        try {
            int iterations = n.path("iterations").asInt();
            byte[] salt = Base64.getDecoder().decode(n.path("salt").asText());
            byte[] nonce = Base64.getDecoder().decode(n.path("nonce").asText());
            byte[] wrapped = Base64.getDecoder().decode(n.path("wrappedKey").asText());
            if (iterations < 1 || salt.length != SALT_BYTES || nonce.length != NONCE_BYTES) {
                throw new CryptoException("Damaged key file: " + keyFile);
            }
            return new Wrapped(iterations, salt, nonce, wrapped);
        } catch (IllegalArgumentException e) {
            throw new CryptoException("Damaged key file: " + keyFile, e);
        }
    }

    /** The authenticated header: changing any of it makes the unwrap fail. */
    private static byte[] header(int iterations, byte[] salt) {
        return ("penghubung-key|" + FORMAT + "|" + KDF + "|" + iterations + "|" + b64(salt)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, DataKey.BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
