package id.penghubung.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyWrapTest {
    private static final int FAST = 1_000;

    @TempDir
    Path dir;

    @Test
    void theRightPasswordUnwrapsTheSameKeyAndAWrongOneFailsCleanly() throws Exception {
        Path file = KeyWrap.fileIn(dir);
        byte[] original;
        try (DataKey key = KeyWrap.create(file, "rahasia-1".toCharArray(), FAST)) {
            original = key.copyOfBytes();
        }
        try (DataKey again = KeyWrap.unlock(file, "rahasia-1".toCharArray())) {
            assertThat(again.copyOfBytes()).isEqualTo(original);
        }
        assertThatThrownBy(() -> KeyWrap.unlock(file, "rahasia-2".toCharArray())).isInstanceOf(WrongPasswordException.class);
        assertThat(Files.readString(file)).doesNotContain(java.util.Base64.getEncoder().encodeToString(original));
    }

    @Test
    void rewrapKeepsTheDataKeyAndRetiresTheOldPassword() throws Exception {
        Path file = KeyWrap.fileIn(dir);
        byte[] original;
        try (DataKey key = KeyWrap.create(file, "lama".toCharArray(), FAST)) {
            original = key.copyOfBytes();
        }
        String before = Files.readString(file);
        KeyWrap.rewrap(file, "lama".toCharArray(), "baru".toCharArray(), FAST);
        assertThat(Files.readString(file)).isNotEqualTo(before);
        try (DataKey key = KeyWrap.unlock(file, "baru".toCharArray())) {
            assertThat(key.copyOfBytes()).isEqualTo(original);
        }
        assertThatThrownBy(() -> KeyWrap.unlock(file, "lama".toCharArray())).isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> KeyWrap.rewrap(file, "salah".toCharArray(), "x".toCharArray(), FAST))
                .isInstanceOf(WrongPasswordException.class);
        try (DataKey key = KeyWrap.unlock(file, "baru".toCharArray())) {
            assertThat(key.copyOfBytes()).isEqualTo(original);
        }
    }

    @Test
    void theDefaultIsArgon2idAndEveryCostParameterIsAuthenticated() throws Exception {
        Path file = KeyWrap.fileIn(dir);
        KeyWrap.create(file, "pw".toCharArray()).close();
        assertThat(KeyWrap.kdf(file)).isEqualTo(Kdf.DEFAULT);
        assertThat(Kdf.DEFAULT.algorithm()).isEqualTo("Argon2id");
        assertThat(Kdf.DEFAULT.memoryKiB()).isGreaterThanOrEqualTo(19 * 1024);
        // Lowering a stored cost (to speed up guessing) breaks the unwrap even with the right password.
        ObjectMapper json = new ObjectMapper();
        String original = Files.readString(file);
        for (String field : List.of("memoryKiB", "iterations")) {
            ObjectNode n = (ObjectNode) json.readTree(original);
            n.put(field, field.equals("memoryKiB") ? 1024 : 1);
            json.writeValue(file.toFile(), n);
            assertThatThrownBy(() -> KeyWrap.unlock(file, "pw".toCharArray())).isInstanceOf(WrongPasswordException.class);
        }
        Files.writeString(file, original);
        KeyWrap.unlock(file, "pw".toCharArray()).close();
    }

    @Test
    void aKeyFileWrittenTheOldWayOpensAndIsRewrappedAtTheNextUnlock() throws Exception {
        Path file = KeyWrap.fileIn(dir);
        byte[] raw = new byte[32];
        new java.util.Random(7).nextBytes(raw);
        writeTheOldWay(file, "latihan123".toCharArray(), raw, 1_000);
        try (DataKey key = KeyWrap.unlock(file, "latihan123".toCharArray())) {
            assertThat(key.copyOfBytes()).isEqualTo(raw);
        }
        assertThat(KeyWrap.kdf(file)).isEqualTo(Kdf.pbkdf2(1_000)); // a plain unlock leaves the file alone
        Kdf target = Kdf.argon2id(256, 1, 1); // cheap for the test; the real target is Kdf.DEFAULT
        assertThatThrownBy(() -> KeyWrap.unlock(file, "salah".toCharArray(), target)).isInstanceOf(WrongPasswordException.class);
        assertThat(KeyWrap.kdf(file)).isEqualTo(Kdf.pbkdf2(1_000));
        try (DataKey key = KeyWrap.unlock(file, "latihan123".toCharArray(), target)) {
            assertThat(key.copyOfBytes()).isEqualTo(raw);
        }
        assertThat(KeyWrap.kdf(file)).isEqualTo(target);
        assertThat(Files.readString(file)).contains("\"format\" : 2", "\"memoryKiB\" : 256");
        try (DataKey key = KeyWrap.unlock(file, "latihan123".toCharArray())) {
            assertThat(key.copyOfBytes()).isEqualTo(raw);
        }
        // A cheaper target never downgrades a file.
        KeyWrap.unlock(file, "latihan123".toCharArray(), Kdf.pbkdf2(1_000)).close();
        assertThat(KeyWrap.kdf(file)).isEqualTo(target);
    }

    /** key.json exactly as releases before issue 21 wrote it (format 1, PBKDF2), written independently of KeyWrap. */
    private static void writeTheOldWay(Path file, char[] password, byte[] raw, int iterations) throws Exception {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        new java.util.Random(8).nextBytes(salt);
        new java.util.Random(9).nextBytes(nonce);
        byte[] kek = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(password, salt, iterations, 256)).getEncoded();
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        c.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(kek, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, nonce));
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        c.updateAAD(("penghubung-key|1|PBKDF2WithHmacSHA256|" + iterations + "|" + b64.encodeToString(salt))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String json = "{\n  \"format\" : 1,\n  \"kdf\" : \"PBKDF2WithHmacSHA256\",\n  \"iterations\" : " + iterations
                + ",\n  \"salt\" : \"" + b64.encodeToString(salt) + "\",\n  \"cipher\" : \"AES/GCM/NoPadding\",\n  \"nonce\" : \""
                + b64.encodeToString(nonce) + "\",\n  \"wrappedKey\" : \"" + b64.encodeToString(c.doFinal(raw)) + "\"\n}";
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }

    @Test
    void theKeyFileIsOwnerOnlyAndNeverOverwrittenByCreate() throws Exception {
        Path file = KeyWrap.fileIn(dir.resolve("acc"));
        KeyWrap.create(file, "pw".toCharArray(), FAST).close();
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        }
        assertThatThrownBy(() -> KeyWrap.create(file, "pw".toCharArray(), FAST)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClosedKeyIsZeroedAndRefusesUse() throws Exception {
        DataKey key = DataKey.generate();
        FieldCipher cipher = FieldCipher.of(key);
        byte[] sealed = cipher.seal("Siti", "ctx");
        key.close();
        assertThat(key.isDestroyed()).isTrue();
        assertThat(cipher.isLocked()).isTrue();
        assertThatThrownBy(() -> cipher.open(sealed, "ctx")).isInstanceOf(CryptoException.class);
        assertThatThrownBy(key::copyOfBytes).isInstanceOf(CryptoException.class);
        assertThat(key.toString()).doesNotContain("Siti");
    }
}
