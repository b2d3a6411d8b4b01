package id.penghubung.store.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * How a password becomes a key, with its cost: Argon2id (the default since issue 21: memory-hard,
 * so a GPU or ASIC gains far less over the office PC than against PBKDF2) or PBKDF2-HMAC-SHA256
 * (key files and verifiers written before, and cheap test keys). Stored with what it protects
 * ({@code key.json}, the verifier in {@code account.json}), so old files keep opening; a weaker
 * one is replaced at the next successful unlock ({@link #weakerThan}). Numbers:
 * docs/security.md and {@code KdfBench}.
 *
 * @param memoryKiB   Argon2id memory in KiB (0 for PBKDF2)
 * @param parallelism Argon2id lanes (0 for PBKDF2)
 */
public record Kdf(String algorithm, int iterations, int memoryKiB, int parallelism) {
    public static final String PBKDF2 = "PBKDF2WithHmacSHA256";
    public static final String ARGON2ID = "Argon2id";
    /**
     * 64 MiB, 2 passes, 1 lane: ~0.2 s of one core on the development machine (KdfBench), inside the
     * 0.5 s unlock budget of the 2-core office PC; OWASP's minimum is 19 MiB/2 passes.
     */
    public static final Kdf DEFAULT = argon2id(64 * 1024, 2, 1);
    /** What every key file and verifier used before issue 21 (OWASP 2023 for PBKDF2). */
    public static final Kdf PBKDF2_600K = pbkdf2(600_000);

    public Kdf {
        Objects.requireNonNull(algorithm, "algorithm");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations");
        }
        switch (algorithm) {
            case PBKDF2 -> {
                if (memoryKiB != 0 || parallelism != 0) {
                    throw new IllegalArgumentException("PBKDF2 has no memory or lanes");
                }
            }
            case ARGON2ID -> {
                if (parallelism < 1 || parallelism > 16 || memoryKiB < 8 * parallelism || memoryKiB > 1024 * 1024) {
                    throw new IllegalArgumentException("Argon2id parameters out of range");
                }
            }
            default -> throw new IllegalArgumentException("Unsupported KDF " + algorithm);
        }
    }

    public static Kdf pbkdf2(int iterations) {
        return new Kdf(PBKDF2, iterations, 0, 0);
    }

    public static Kdf argon2id(int memoryKiB, int iterations, int parallelism) {
        return new Kdf(ARGON2ID, iterations, memoryKiB, parallelism);
    }

    /**
     * True when a secret derived this way should be re-derived with {@code target}: PBKDF2 against an
     * Argon2id target, or the same algorithm at a lower cost. Never true towards a weaker target
     * (a test registry with cheap PBKDF2 does not downgrade a real key file).
     */
    public boolean weakerThan(Kdf target) {
        if (!algorithm.equals(target.algorithm)) {
            return algorithm.equals(PBKDF2);
        }
        return iterations < target.iterations || memoryKiB < target.memoryKiB;
    }

    /** Derives {@code bytes} bytes from the password and salt. The password array is not changed. */
    public byte[] derive(char[] password, byte[] salt, int bytes) {
        return algorithm.equals(PBKDF2) ? pbkdf2(password, salt, bytes) : argon2id(password, salt, bytes);
    }

    /** The text bound into key-file headers (changing any parameter breaks the unwrap). */
    String describe() {
        return algorithm.equals(PBKDF2) ? algorithm + "|" + iterations
                : algorithm + "|m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism;
    }

    private byte[] pbkdf2(char[] password, byte[] salt, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(PBKDF2).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private byte[] argon2id(char[] password, byte[] salt, int bytes) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] utf8 = new byte[encoded.remaining()];
        encoded.get(utf8);
        Arrays.fill(encoded.array(), (byte) 0);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKiB).withIterations(iterations).withParallelism(parallelism).build());
        byte[] out = new byte[bytes];
        try {
            generator.generateBytes(utf8, out);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
        return out;
    }

    @Override
    public String toString() {
        return describe();
    }
}
