package id.penghubung.store.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts single values (a reporter's name, a draft) for the store: AES-256-GCM, a fresh random
 * 96-bit nonce per value, and associated data naming the value's place (e.g.
 * {@code "reporter.nik|<complaintId>"}), so a ciphertext copied to another row or column does not
 * open. Sealed layout: {@code [version=1][nonce 12][ciphertext + tag 16]}.
 *
 * <p>Three kinds: {@link #of(DataKey)} encrypts; {@link #plain()} stores values as they
 * are (tests and tools that deliberately want a plain cache, never an account's cache);
 * {@link #locked()} refuses everything (the store while the UI is locked).
 */
public final class FieldCipher {
    public static final byte VERSION = 1;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private enum Kind { KEYED, PLAINTEXT, LOCKED }

    private static final FieldCipher PLAINTEXT = new FieldCipher(Kind.PLAINTEXT, null);
    private static final FieldCipher LOCKED = new FieldCipher(Kind.LOCKED, null);

    private final Kind kind;
    private final DataKey key;
    /**
     * One AES-GCM cipher per thread, initialised afresh (new nonce) for every value: looking the
     * transformation up and expanding the key for each value cost a first sync of 300,000
     * complaints several seconds (a reporter's name per event is sealed). The expanded key lives
     * as long as this cipher, as the JCA copies of the key already did (docs/security.md).
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(FieldCipher::newCipher);

    private FieldCipher(Kind kind, DataKey key) {
        this.kind = kind;
        this.key = key;
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot set up AES-GCM", e);
        }
    }

    /** Encrypts under the account's data key (the key stays owned by the caller). */
    public static FieldCipher of(DataKey key) {
        return new FieldCipher(Kind.KEYED, Objects.requireNonNull(key, "key"));
    }

    /**
     * No encryption: values are stored in the clear. Only for tests and tools that want a plain
     * store; an account's cache is always opened with {@link #of(DataKey)}.
     */
    public static FieldCipher plain() {
        return PLAINTEXT;
    }

    /** The cipher of a locked store: every seal and open fails. */
    public static FieldCipher locked() {
        return LOCKED;
    }

    /** True when values are encrypted (sealed values are bytes, not text). */
    public boolean encrypts() {
        return kind == Kind.KEYED;
    }

    public boolean isLocked() {
        return kind == Kind.LOCKED || kind == Kind.KEYED && key.isDestroyed();
    }

    /** Encrypts a value bound to its place. Only for an encrypting cipher. */
    public byte[] seal(String value, String context) {
        Objects.requireNonNull(value, "value");
        requireKey();
        byte[] plain = value.getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = ciphers.get();
            c.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad(context));
            ByteBuffer out = ByteBuffer.allocate(1 + NONCE_BYTES + c.getOutputSize(plain.length));
            out.put(VERSION).put(nonce);
            c.doFinal(ByteBuffer.wrap(plain), out);
            return out.array();
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot encrypt a value", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Decrypts a value sealed for the same place; a tampered, moved or foreign value fails. */
    public String open(byte[] sealed, String context) {
        Objects.requireNonNull(sealed, "sealed");
        requireKey();
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
            throw new CryptoException("Encrypted value too short");
        }
        if (sealed[0] != VERSION) {
            throw new CryptoException("Unknown encrypted value version " + sealed[0]);
        }
        try {
            Cipher c = ciphers.get();
            c.init(Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            c.updateAAD(aad(context));
            byte[] plain = c.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new CryptoException("An encrypted value does not open here (tampered, moved, or another key)", e);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot decrypt a value", e);
        }
    }

    /**
     * A 256-bit key for another purpose, derived one-way from the data key (HMAC-SHA256 over the
     * label), e.g. the audit log's chain key: knowing it reveals nothing of the data key. A plain
     * (test/tool) cipher gives a fixed public value per label: the chain then only catches
     * accidental or naive changes. A locked cipher refuses.
     */
    public byte[] subkey(String label) {
        Objects.requireNonNull(label, "label");
        byte[] info = ("penghubung-subkey|" + label).getBytes(StandardCharsets.UTF_8);
        try {
            if (kind == Kind.PLAINTEXT) {
                return MessageDigest.getInstance("SHA-256").digest(info);
            }
            requireKey();
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] raw = key.copyOfBytes();
            try {
                mac.init(new SecretKeySpec(raw, "HmacSHA256"));
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
            return mac.doFinal(info);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot derive a subkey", e);
        }
    }

    private void requireKey() {
        if (kind != Kind.KEYED) {
            throw new CryptoException(kind == Kind.LOCKED ? "The store is locked" : "This cipher does not encrypt");
        }
    }

    private static byte[] aad(String context) {
        return ("penghubung-field|" + Objects.requireNonNull(context, "context")).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "FieldCipher[" + kind + "]";
    }
}
