package id.penghubung.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void theDefaultCostIs600kAndTheHeaderIsAuthenticated() throws Exception {
        Path file = KeyWrap.fileIn(dir);
        KeyWrap.create(file, "pw".toCharArray()).close();
        assertThat(KeyWrap.iterations(file)).isEqualTo(600_000);
        // Lowering the stored cost (to speed up guessing) breaks the unwrap even with the right password.
        ObjectMapper json = new ObjectMapper();
        ObjectNode n = (ObjectNode) json.readTree(file.toFile());
        n.put("iterations", 1_000);
        json.writeValue(file.toFile(), n);
        assertThatThrownBy(() -> KeyWrap.unlock(file, "pw".toCharArray())).isInstanceOf(WrongPasswordException.class);
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
