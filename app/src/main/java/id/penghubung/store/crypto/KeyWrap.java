package id.penghubung.store.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The account's data key, wrapped: {@code <account>/key.json} (owner-only) holds the data key
 * encrypted with AES-256-GCM under a key-encryption key derived from the account password by a
 * {@link Kdf} — Argon2id (64 MiB, 2 passes) since issue 21, PBKDF2-HMAC-SHA256 600,000 before —
 * with a fresh 16-byte salt per wrap. The file's header (format, KDF and every cost parameter,
 * salt) is the GCM associated data, so it cannot be altered (e.g. to a lower cost) without the
 * unwrap failing. Format 1 files (PBKDF2) keep opening and are re-wrapped with the current KDF at
 * the next successful unlock that names a target ({@link #unlock(Path, char[], Kdf)}). A password
 * change re-wraps the same data key: nothing else is re-encrypted
 * (docs/decisions/0005-encryption-at-rest.md).
 */
public final class KeyWrap {
    public static final String FILE_NAME = "key.json";
    /** PBKDF2 files (written before issue 21, and cheap test keys). */
    static final int FORMAT_PBKDF2 = 1;
    /** Argon2id files: memory and lanes in the file and in the authenticated header. */
    static final int FORMAT_ARGON2 = 2;
    private static final String WRAP = "AES/GCM/NoPadding";
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyWrap() {
    }

    /** The key file of an account folder. */
    public static Path fileIn(Path accountFolder) {
        return accountFolder.resolve(FILE_NAME);
    }

    public static boolean exists(Path keyFile) {
        return Files.isRegularFile(keyFile);
    }

    /** Creates a new random data key and stores it wrapped under the password ({@link Kdf#DEFAULT}). */
    public static DataKey create(Path keyFile, char[] password) {
        return create(keyFile, password, Kdf.DEFAULT);
    }

    /** As {@link #create(Path, char[], Kdf)} with PBKDF2 at {@code iterations}: for tests only (cheap keys). */
    public static DataKey create(Path keyFile, char[] password, int iterations) {
        return create(keyFile, password, Kdf.pbkdf2(iterations));
    }

    /** As {@link #create(Path, char[])} with an explicit KDF (anything cheaper than the default: tests only). */
    public static DataKey create(Path keyFile, char[] password, Kdf kdf) {
        if (Files.exists(keyFile)) {
            throw new IllegalStateException("A key file already exists: " + keyFile);
        }
        DataKey key = DataKey.generate();
        try {
            write(keyFile, key, password, kdf);
        } catch (RuntimeException e) {
            key.close();
            throw e;
        }
        return key;
    }

    /** Unwraps the data key with the password; the file is left as it is. */
    public static DataKey unlock(Path keyFile, char[] password) throws WrongPasswordException {
        return unwrap(read(keyFile), password);
    }

    /**
     * Unwraps the data key and, when the file's KDF is {@link Kdf#weakerThan weaker than} {@code target}
     * (a file from before issue 21), re-wraps it at once under {@code target} with the same password.
     */
    public static DataKey unlock(Path keyFile, char[] password, Kdf target) throws WrongPasswordException {
        Wrapped w = read(keyFile);
        DataKey key = unwrap(w, password);
        if (w.kdf.weakerThan(target)) {
            try {
                write(keyFile, key, password, target);
            } catch (RuntimeException e) {
                key.close();
                throw e;
            }
        }
        return key;
    }

    /** Re-wraps the same data key under a new password (default KDF); the old password stops working. */
    public static void rewrap(Path keyFile, char[] oldPassword, char[] newPassword) throws WrongPasswordException {
        rewrap(keyFile, oldPassword, newPassword, Kdf.DEFAULT);
    }

    /** As {@link #rewrap(Path, char[], char[])} with PBKDF2 at {@code iterations}: tests only. */
    public static void rewrap(Path keyFile, char[] oldPassword, char[] newPassword, int iterations)
            throws WrongPasswordException {
        rewrap(keyFile, oldPassword, newPassword, Kdf.pbkdf2(iterations));
    }

    /** As {@link #rewrap(Path, char[], char[])} with an explicit KDF. */
    public static void rewrap(Path keyFile, char[] oldPassword, char[] newPassword, Kdf kdf) throws WrongPasswordException {
        try (DataKey key = unlock(keyFile, oldPassword)) {
            write(keyFile, key, newPassword, kdf);
        }
    }

    /** The KDF and cost stored in the file. */
    public static Kdf kdf(Path keyFile) {
        return read(keyFile).kdf;
    }

    private record Wrapped(Kdf kdf, byte[] salt, byte[] nonce, byte[] wrapped) {
    }

    private static DataKey unwrap(Wrapped w, char[] password) throws WrongPasswordException {
        byte[] kek = w.kdf.derive(password, w.salt, DataKey.BYTES);
        try {
            Cipher c = Cipher.getInstance(WRAP);
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, w.nonce));
            c.updateAAD(header(w.kdf, w.salt));
            return DataKey.adopt(c.doFinal(w.wrapped));
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException();
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot unwrap the data key", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static void write(Path keyFile, DataKey key, char[] password, Kdf kdf) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        byte[] kek = kdf.derive(password, salt, DataKey.BYTES);
        byte[] raw = key.copyOfBytes();
        byte[] wrapped;
        try {
            Cipher c = Cipher.getInstance(WRAP);
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(header(kdf, salt));
            wrapped = c.doFinal(raw);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot wrap the data key", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(raw, (byte) 0);
        }
        ObjectNode root = JsonTree.writer().createObjectNode();
        root.put("format", format(kdf));
        root.put("kdf", kdf.algorithm());
        root.put("iterations", kdf.iterations());
        if (format(kdf) == FORMAT_ARGON2) {
            root.put("memoryKiB", kdf.memoryKiB());
            root.put("parallelism", kdf.parallelism());
        }
        root.put("salt", b64(salt));
        root.put("cipher", WRAP);
        root.put("nonce", b64(nonce));
        root.put("wrappedKey", b64(wrapped));
        try {
            Path folder = keyFile.toAbsolutePath().getParent();
            OwnerOnly.createDirectories(folder);
            OwnerOnly.replace(keyFile, JsonTree.writer().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key file " + keyFile, e);
        }
    }

    private static int format(Kdf kdf) {
        return kdf.algorithm().equals(Kdf.PBKDF2) ? FORMAT_PBKDF2 : FORMAT_ARGON2;
    }

    private static Wrapped read(Path keyFile) {
        JsonNode n;
        try {
            n = JsonTree.read(keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + keyFile, e);
        }
        int format = n == null ? 0 : n.path("format").asInt();
        if (format != FORMAT_PBKDF2 && format != FORMAT_ARGON2 || !WRAP.equals(n.path("cipher").asText())) {
            throw new CryptoException("Unknown key file format: " + keyFile);
        }
        try {
            String algorithm = n.path("kdf").asText();
            Kdf kdf = new Kdf(algorithm, n.path("iterations").asInt(), n.path("memoryKiB").asInt(0),
                    n.path("parallelism").asInt(0));
            byte[] salt = Base64.getDecoder().decode(n.path("salt").asText());
            byte[] nonce = Base64.getDecoder().decode(n.path("nonce").asText());
            byte[] wrapped = Base64.getDecoder().decode(n.path("wrappedKey").asText());
            if (format(kdf) != format || salt.length != SALT_BYTES || nonce.length != NONCE_BYTES) {
                throw new CryptoException("Damaged key file: " + keyFile);
            }
            return new Wrapped(kdf, salt, nonce, wrapped);
        } catch (IllegalArgumentException e) {
            throw new CryptoException("Damaged key file: " + keyFile, e);
        }
    }

    /** The authenticated header: changing any of it makes the unwrap fail (format 1 as before issue 21). */
    private static byte[] header(Kdf kdf, byte[] salt) {
        return ("penghubung-key|" + format(kdf) + "|" + kdf.describe() + "|" + b64(salt)).getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
